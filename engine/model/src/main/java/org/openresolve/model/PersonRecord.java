package org.openresolve.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One person as one source record describes them, normalised into the common schema. Every list is
 * immutable and never null; single values are null when the source does not give them.
 */
public record PersonRecord(
    RecordKey key,
    List<PersonName> names,
    List<PartialDate> birthDates,
    Sex sex,
    List<String> nationalities,
    String placeOfBirth,
    List<Identifier> identifiers,
    List<Address> addresses,
    List<Phone> phones,
    List<Email> emails,
    List<OnlineAccount> accounts,
    List<CryptoWallet> wallets,
    List<String> urls,
    SourceMetadata metadata) {
  public PersonRecord {
    requireNonNull(key, "key is null");
    requireNonNull(sex, "sex is null");
    requireNonNull(metadata, "metadata is null");
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    nationalities = List.copyOf(nationalities);
    identifiers = List.copyOf(identifiers);
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    accounts = List.copyOf(accounts);
    wallets = List.copyOf(wallets);
    urls = List.copyOf(urls);
  }

  public static Builder builder(RecordKey key) {
    return new Builder(key);
  }

  /** Collects the parts of a record while a connector reads a row. Not thread-safe. */
  public static final class Builder {
    private final RecordKey key;
    private final List<PersonName> names = new ArrayList<>();
    private final List<PartialDate> birthDates = new ArrayList<>();
    private Sex sex = Sex.UNKNOWN;
    private final List<String> nationalities = new ArrayList<>();
    private String placeOfBirth;
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Phone> phones = new ArrayList<>();
    private final List<Email> emails = new ArrayList<>();
    private final List<OnlineAccount> accounts = new ArrayList<>();
    private final List<CryptoWallet> wallets = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private SourceMetadata metadata = SourceMetadata.undetermined();

    private Builder(RecordKey key) {
      this.key = requireNonNull(key, "key is null");
    }

    public RecordKey key() {
      return key;
    }

    public Builder name(PersonName name) {
      names.add(requireNonNull(name, "name is null"));
      return this;
    }

    public Builder birthDate(PartialDate date) {
      if (!birthDates.contains(requireNonNull(date, "date is null"))) {
        birthDates.add(date);
      }
      return this;
    }

    public Builder sex(Sex sex) {
      this.sex = requireNonNull(sex, "sex is null");
      return this;
    }

    /** The nationalities added so far, in order. */
    public List<String> nationalities() {
      return List.copyOf(nationalities);
    }

    public Builder nationality(String iso2) {
      if (!nationalities.contains(requireNonNull(iso2, "iso2 is null"))) {
        nationalities.add(iso2);
      }
      return this;
    }

    public Builder placeOfBirth(String place) {
      this.placeOfBirth = place;
      return this;
    }

    public Builder identifier(Identifier id) {
      identifiers.add(requireNonNull(id, "id is null"));
      return this;
    }

    public Builder address(Address address) {
      addresses.add(requireNonNull(address, "address is null"));
      return this;
    }

    public Builder phone(Phone phone) {
      phones.add(requireNonNull(phone, "phone is null"));
      return this;
    }

    public Builder email(Email email) {
      emails.add(requireNonNull(email, "email is null"));
      return this;
    }

    public Builder account(OnlineAccount account) {
      accounts.add(requireNonNull(account, "account is null"));
      return this;
    }

    public Builder wallet(CryptoWallet wallet) {
      wallets.add(requireNonNull(wallet, "wallet is null"));
      return this;
    }

    public Builder url(String url) {
      urls.add(requireNonNull(url, "url is null"));
      return this;
    }

    public Builder metadata(SourceMetadata metadata) {
      this.metadata = requireNonNull(metadata, "metadata is null");
      return this;
    }

    public PersonRecord build() {
      return new PersonRecord(
          key,
          names,
          birthDates,
          sex,
          nationalities,
          placeOfBirth,
          identifiers,
          addresses,
          phones,
          emails,
          accounts,
          wallets,
          urls,
          metadata);
    }
  }
}
