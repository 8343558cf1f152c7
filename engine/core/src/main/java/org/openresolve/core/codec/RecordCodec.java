package org.openresolve.core.codec;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary form for a record type made of strings, ints, longs, booleans, doubles, enums,
 * lists and nested such records. The layout is the record's components in declaration order, so it
 * follows the type as the type changes, and nothing but values is written: varints for numbers,
 * lengths and enum ordinals, UTF-8 for strings. Unlike Java serialisation there are no class
 * descriptors and no reflection per value beyond one accessor call per component. The form has no
 * version: it is for carrying values between tasks of one engine build, never for storage.
 *
 * <p>Record components that are not of a supported type are refused when the codec is built, with
 * the component's path.
 */
public final class RecordCodec<T extends Record> {
  private final Class<T> type;
  private final Field<T> root;

  private RecordCodec(Class<T> type) {
    this.type = type;
    this.root = record(type, type.getSimpleName());
  }

  public static <T extends Record> RecordCodec<T> of(Class<T> type) {
    requireNonNull(type, "type is null");
    return new RecordCodec<>(type);
  }

  public byte[] encode(T value) {
    requireNonNull(value, "value is null");
    ByteSink out = new ByteSink(256);
    root.write(out, value);
    return out.toByteArray();
  }

  public T decode(byte[] bytes) {
    requireNonNull(bytes, "bytes is null");
    ByteSource in = new ByteSource(bytes);
    T value = root.read(in);
    if (!in.atEnd()) {
      throw new IllegalArgumentException(
          "not an encoded "
              + type.getSimpleName()
              + ": "
              + (bytes.length - in.position())
              + " bytes left after the last field");
    }
    return value;
  }

  /** How one value of a component is written and read. */
  private interface Field<V> {
    void write(ByteSink out, V value);

    V read(ByteSource in);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> Field<V> field(Type t, String path) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return (Field<V>) list(field(p.getActualTypeArguments()[0], path + "[]"));
    }
    if (!(t instanceof Class<?> c)) {
      throw new IllegalArgumentException(path + ": type " + t.getTypeName() + " is not supported");
    }
    if (c == String.class) {
      return (Field<V>)
          new Field<String>() {
            @Override
            public void write(ByteSink out, String v) {
              out.string(v);
            }

            @Override
            public String read(ByteSource in) {
              return in.string();
            }
          };
    }
    if (c == int.class || c == Integer.class) {
      return (Field<V>)
          nullable(
              c.isPrimitive(),
              new Field<Integer>() {
                @Override
                public void write(ByteSink out, Integer v) {
                  out.varint((v << 1) ^ (v >> 31));
                }

                @Override
                public Integer read(ByteSource in) {
                  int z = in.varint();
                  return (z >>> 1) ^ -(z & 1);
                }
              });
    }
    if (c == long.class || c == Long.class) {
      return (Field<V>)
          nullable(
              c.isPrimitive(),
              new Field<Long>() {
                @Override
                public void write(ByteSink out, Long v) {
                  out.varlong((v << 1) ^ (v >> 63));
                }

                @Override
                public Long read(ByteSource in) {
                  long z = in.varlong();
                  return (z >>> 1) ^ -(z & 1);
                }
              });
    }
    if (c == boolean.class || c == Boolean.class) {
      return (Field<V>)
          nullable(
              c.isPrimitive(),
              new Field<Boolean>() {
                @Override
                public void write(ByteSink out, Boolean v) {
                  out.varint(v ? 1 : 0);
                }

                @Override
                public Boolean read(ByteSource in) {
                  return in.varint() != 0;
                }
              });
    }
    if (c == double.class || c == Double.class) {
      return (Field<V>)
          nullable(
              c.isPrimitive(),
              new Field<Double>() {
                @Override
                public void write(ByteSink out, Double v) {
                  out.varlong(Double.doubleToRawLongBits(v));
                }

                @Override
                public Double read(ByteSource in) {
                  return Double.longBitsToDouble(in.varlong());
                }
              });
    }
    if (c.isEnum()) {
      return (Field<V>) nullable(false, enumeration((Class) c, path));
    }
    if (c.isRecord()) {
      return (Field<V>) nullable(false, record((Class) c, path));
    }
    throw new IllegalArgumentException(path + ": type " + c.getName() + " is not supported");
  }

  /** A present-flag before values that may be null; primitives are never null. */
  private static <V> Field<V> nullable(boolean primitive, Field<V> f) {
    if (primitive) {
      return f;
    }
    return new Field<>() {
      @Override
      public void write(ByteSink out, V v) {
        out.varint(v == null ? 0 : 1);
        if (v != null) {
          f.write(out, v);
        }
      }

      @Override
      public V read(ByteSource in) {
        return in.varint() == 0 ? null : f.read(in);
      }
    };
  }

  private static <E> Field<List<E>> list(Field<E> item) {
    return new Field<>() {
      @Override
      public void write(ByteSink out, List<E> v) {
        if (v == null) {
          out.varint(0);
          return;
        }
        out.varint(v.size() + 1);
        for (E e : v) {
          item.write(out, e);
        }
      }

      @Override
      public List<E> read(ByteSource in) {
        int n = in.varint();
        if (n == 0) {
          return null;
        }
        List<E> out = new ArrayList<>(Math.min(n - 1, 1024));
        for (int i = 0; i < n - 1; i++) {
          out.add(item.read(in));
        }
        return out;
      }
    };
  }

  private static <E extends Enum<E>> Field<E> enumeration(Class<E> c, String path) {
    E[] constants = c.getEnumConstants();
    return new Field<>() {
      @Override
      public void write(ByteSink out, E v) {
        out.varint(v.ordinal());
      }

      @Override
      public E read(ByteSource in) {
        int o = in.varint();
        if (o < 0 || o >= constants.length) {
          throw new IllegalArgumentException(
              path
                  + ": no "
                  + c.getSimpleName()
                  + " with ordinal "
                  + o
                  + " (byte "
                  + in.position()
                  + ")");
        }
        return constants[o];
      }
    };
  }

  private static <R extends Record> Field<R> record(Class<R> c, String path) {
    RecordComponent[] components = c.getRecordComponents();
    Method[] accessors = new Method[components.length];
    Field<Object>[] fields = newFields(components.length);
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      types[i] = components[i].getType();
      fields[i] = field(components[i].getGenericType(), path + "." + components[i].getName());
    }
    Constructor<R> constructor;
    try {
      constructor = c.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          path + ": record " + c.getName() + " has no canonical constructor", e);
    }
    return new Field<>() {
      @Override
      public void write(ByteSink out, R v) {
        try {
          for (int i = 0; i < accessors.length; i++) {
            fields[i].write(out, accessors[i].invoke(v));
          }
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + path + " of " + c.getName(), e);
        }
      }

      @Override
      public R read(ByteSource in) {
        Object[] args = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
          args[i] = fields[i].read(in);
        }
        try {
          return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
          throw new IllegalStateException("cannot make a " + c.getName() + " at " + path, e);
        } catch (InvocationTargetException e) {
          throw new IllegalArgumentException(
              "not an encoded "
                  + c.getSimpleName()
                  + " at "
                  + path
                  + ": "
                  + e.getCause().getMessage(),
              e.getCause());
        }
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static Field<Object>[] newFields(int n) {
    return (Field<Object>[]) new Field<?>[n];
  }
}
