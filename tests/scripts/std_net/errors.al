import std.net;
println(try { net.connect("127.0.0.1", 1).await } catch e { e.message });
let l = net.listen("127.0.0.1", 0).await;
let taken = try { net.listen("127.0.0.1", l.port).await } catch e { e.message };
println(taken == "address in use: 127.0.0.1:" + str(l.port));
println(try { net.listen("127.0.0.1", 70000) } catch e { e.message });
println(try { net.connect(5, 80) } catch e { e.message });
// The JDK would take an empty host for the loopback or every interface; Tokio refuses it.
println(try { net.connect("", 80) } catch e { e.message });
println(try { net.listen(" ", 0) } catch e { e.message });
l.close();
println(try { l.accept().await } catch e { e.message });
// A peer that goes away: reads see the end of the stream, writes eventually a reset.
let server = net.listen("127.0.0.1", 0).await;
spawn(async { let c = server.accept().await; c.close(); });
let conn = net.connect("127.0.0.1", server.port).await;
println(conn.read().await, conn.read_line().await);
let err = nil;
for i in 0..1000 {
    let r = try { conn.write("x" + "y") .await; nil } catch e { e.message };
    if r != nil { err = r; break; }
    sleep(1ms).await;
}
println(err);
conn.close();
println(try { conn.read().await } catch e { e.message });
// An address of no interface here: nothing is in use, it is not available.
println(try { net.listen("192.0.2.1", 0).await } catch e { e.message });
println(try { net.connect("127.0.0.1\u{0}", 80) } catch e { e.message });
