package dev.werk.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a {@link PrintWriter} that remembers why a write failed. A plain
 * {@code PrintWriter} (and {@code System.out}) swallows the {@link IOException}, so a full disk
 * behind {@code > file} would end in exit 0; werk asks {@link #failure()} and reports it.
 */
final class StdoutWriter extends PrintWriter {
    private final Recorder recorder;

    private StdoutWriter(Recorder recorder) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), 1 << 16));
        this.recorder = recorder;
    }

    /** UTF-8 over file descriptor 1, unbuffered by the JDK's PrintStream. */
    static StdoutWriter open() {
        return over(new FileOutputStream(FileDescriptor.out));
    }

    /** UTF-8 over any stream (tests give one that fails). */
    static StdoutWriter over(OutputStream out) {
        return new StdoutWriter(new Recorder(out));
    }

    /** The first write failure, or null. */
    IOException failure() {
        return recorder.failure;
    }

    /** An output stream that keeps the first IOException it sees. */
    private static final class Recorder extends FilterOutputStream {
        IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        private void record(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
