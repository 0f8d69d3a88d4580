// read() hands out at most 64 KiB of UTF-8, also when more has piled up (a read_line that
// waited for a newline and was cancelled); nothing is lost or split.
import std.net;
let server = net.listen("127.0.0.1", 0).await;
let done = channel();
let writer = spawn(async {
    let c = server.accept().await;
    let euros = "";
    for i in 0..100000 { euros += "€"; }
    c.write(euros).await;
    done.recv().await;
    c.close();
});
let conn = net.connect("127.0.0.1", server.port).await;
println(try { timeout(500ms, conn.read_line()).await } catch e { e.message });
let total = 0;
let oversized = 0;
while total < 100000 {
    let chunk = conn.read().await;
    // 64 KiB of three-byte characters is 21,845 of them.
    if len(chunk) > 21845 { oversized += 1; }
    total += len(chunk);
}
done.send(nil).await;
println(total, oversized, conn.read().await);
writer.await;
