package dev.anvilcheck.vault.internal;

import dev.anvilcheck.internal.io.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS trust from a PEM file of CA certificates. Verification is never turned off. */
final class Tls {

    private Tls() {
    }

    /** CA bundles are tens or hundreds of KB; a bigger file is not read. */
    static final long MAX_CA_FILE_BYTES = 16L * 1024 * 1024;

    static SSLContext trusting(Path caFile) throws CallException {
        // checked before opening: a FIFO would block forever, /dev/zero would never end
        java.util.Optional<String> problem = SafeFiles.problem(caFile);
        if (problem.isPresent()) {
            throw new CallException("the CA file " + caFile + " " + problem.get(), -1);
        }
        try {
            if (Files.size(caFile) > MAX_CA_FILE_BYTES) {
                throw new CallException("the CA file " + caFile + " is larger than 16 MB and was not read", -1);
            }
        } catch (IOException e) {
            throw new CallException("the CA file " + caFile + " cannot be used (" + e.getClass().getSimpleName()
                    + ")", -1);
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new CallException("the CA file " + caFile + " holds no certificate", -1);
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new CallException("the CA file " + caFile + " cannot be used (" + e.getClass().getSimpleName()
                    + ")", -1);
        }
    }
}
