package news.masthead.newsletter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest SMTP server that a mail client will talk to: it accepts every message, keeps none,
 * and counts messages per recipient, so a benchmark can send a hundred thousand without holding
 * them in memory and still check that nobody got one twice.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ConcurrentHashMap<String, Integer> perRecipient = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptAll);
    }

    int port() {
        return server.getLocalPort();
    }

    long messages() {
        return messages.get();
    }

    /** Recipients who received more than one message. */
    long duplicates() {
        return perRecipient.values().stream().filter(count -> count > 1).count();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                Thread.ofVirtual().start(() -> converse(socket));
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                var out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            var recipients = new ArrayList<String>();
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 sink");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf(':') + 1).trim());
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End with <CRLF>.<CRLF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // The message itself is not kept.
                        }
                        messages.incrementAndGet();
                        recipients.forEach(to -> perRecipient.merge(to, 1, Integer::sum));
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        }
        catch (IOException dropped) {
            // The client went away; nothing to clean up.
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
