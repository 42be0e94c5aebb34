package gazette.deploy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket of S3 or of a service that speaks its API ({@code s3://bucket/prefix}, with
 * {@code --endpoint} for R2, MinIO, Google Cloud Storage…). The AWS SDK signs the requests, retries
 * with backoff and finds the credentials where every AWS tool does (the environment's
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, {@code ~/.aws/credentials},
 * {@code AWS_PROFILE}…). A listing is one request a thousand objects; an object's ETag is the MD5
 * of its bytes, as every file is put in one part.
 */
final class S3Target implements Target {
    private final S3Client s3;
    private final String bucket;
    /** Ends with '/', or is empty. */
    private final String prefix;

    S3Target(String bucket, String prefix, URI endpoint, String region) {
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                // checksums only where the API requires them: several S3-compatible services refuse the SDK's newer default
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (region != null) b.region(Region.of(region));
        else if (endpoint != null) b.region(Region.US_EAST_1); // S3-compatible services mostly ignore it; the SDK wants one
        if (endpoint != null) b.endpointOverride(endpoint).forcePathStyle(true);
        this.s3 = b.build();
    }

    @Override
    public Map<String, String> list() throws IOException {
        Map<String, String> out = new HashMap<>();
        try {
            String token = null;
            do {
                ListObjectsV2Request.Builder r = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix);
                if (token != null) r.continuationToken(token);
                ListObjectsV2Response page = s3.listObjectsV2(r.build());
                for (S3Object o : page.contents()) out.put(o.key().substring(prefix.length()), o.eTag().replace("\"", ""));
                token = page.isTruncated() ? page.nextContinuationToken() : null;
            } while (token != null);
        } catch (SdkException e) {
            throw new IOException("cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void put(SiteFile file, String contentType, String cacheControl) throws IOException {
        try {
            if (file.gzip()) {
                byte[] z = Gzip.of(file.file());
                s3.putObject(p -> p.bucket(bucket).key(prefix + file.key()).contentType(contentType).cacheControl(cacheControl)
                        .contentEncoding("gzip").contentLength((long) z.length), RequestBody.fromBytes(z));
            } else {
                s3.putObject(p -> p.bucket(bucket).key(prefix + file.key()).contentType(contentType).cacheControl(cacheControl)
                        .contentLength(file.size()), RequestBody.fromFile(file.file()));
            }
        } catch (SdkException e) {
            throw new IOException("cannot upload " + file.key() + " to s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(List<String> keys) throws IOException {
        // a thousand keys a request, the API's most
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ObjectIdentifier> batch = new ArrayList<>();
            for (String k : keys.subList(from, Math.min(keys.size(), from + 1000))) batch.add(ObjectIdentifier.builder().key(prefix + k).build());
            try {
                var result = s3.deleteObjects(d -> d.bucket(bucket).delete(x -> x.objects(batch).quiet(true)));
                if (!result.errors().isEmpty()) {
                    var e = result.errors().get(0);
                    throw new IOException("cannot delete " + e.key() + " from s3://" + bucket + ": " + e.message());
                }
            } catch (SdkException e) {
                throw new IOException("cannot delete from s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public void close() {
        s3.close();
    }
}
