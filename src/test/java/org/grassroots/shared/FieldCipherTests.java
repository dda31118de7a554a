package org.grassroots.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Field encryption of personal data (domain-rules.md §0: treat ID numbers as sensitive: encrypt, mask). */
class FieldCipherTests {

    private static final String ID = "310115198506151236";

    private static byte[] key(int length, int fill) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final FieldCipher cipher = new FieldCipher(key(32, 1));

    @ParameterizedTest
    @ValueSource(strings = {ID, "11010519491231002X", "张三 13812345678", ""})
    void shouldReturnOriginalWhenDecryptingWhatWasEncrypted(String plain) {
        assertThat(cipher.decrypt(cipher.encrypt(plain))).isEqualTo(plain);
    }

    @Test
    void shouldDecryptWhenAnotherInstanceHasTheSameKey() {
        assertThat(new FieldCipher(key(32, 1)).decrypt(cipher.encrypt(ID))).isEqualTo(ID);
    }

    @Test
    void shouldNotContainPlainTextWhenEncrypted() {
        byte[] sealed = cipher.encrypt(ID);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(ID).doesNotContain("19850615");
        // 12-byte nonce + ciphertext of the same length as the plain text + 16-byte tag
        assertThat(sealed).hasSize(12 + ID.length() + 16);
    }

    @Test
    @DisplayName("a random nonce per value: the same value never encrypts to the same bytes")
    void shouldProduceDifferentCipherTextsWhenSameValueEncryptedTwice() {
        byte[] first = cipher.encrypt(ID);
        byte[] second = cipher.encrypt(ID);
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second)).isEqualTo(ID);
    }

    @Test
    void shouldProduceSameHashWhenSameValueAndKey() {
        assertThat(cipher.hash(ID)).isEqualTo(cipher.hash(ID)).isEqualTo(new FieldCipher(key(32, 1)).hash(ID))
                .matches("[0-9a-f]{64}").doesNotContain(ID);
    }

    @Test
    void shouldProduceDifferentHashWhenValuesDiffer() {
        assertThat(cipher.hash(ID)).isNotEqualTo(cipher.hash("320106197011103006"));
    }

    @Test
    @DisplayName("the lookup hash is keyed: another key gives another hash, so it cannot be recomputed without the key")
    void shouldProduceDifferentHashWhenKeyDiffers() {
        assertThat(new FieldCipher(key(32, 2)).hash(ID)).isNotEqualTo(cipher.hash(ID));
    }

    @Test
    void shouldFailToDecryptWhenKeyIsWrong() {
        byte[] sealed = cipher.encrypt(ID);
        FieldCipher other = new FieldCipher(key(32, 2));
        assertThatIllegalStateException().isThrownBy(() -> other.decrypt(sealed));
    }

    @Test
    @DisplayName("GCM authenticates: a changed byte is detected, not decrypted into something else")
    void shouldFailToDecryptWhenCipherTextIsTampered() {
        byte[] sealed = cipher.encrypt(ID);
        sealed[sealed.length / 2] ^= 0x01;
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(sealed));
    }

    @ParameterizedTest(name = "{0}-byte key is refused")
    @ValueSource(ints = {0, 16, 24, 31, 33, 64})
    void shouldRefuseKeyWhenNot32Bytes(int length) {
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(key(length, 1)))
                .withMessageContaining("32 bytes");
    }
}
