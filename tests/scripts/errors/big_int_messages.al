let l = [1, 2, 3];
println(try { l.insert(99999999999999999999, 0) } catch e { e.message });
println(try { l.slice(0, 99999999999999999999) } catch e { e.message });
println(try { l[99999999999999999999] } catch e { e.message });
println(try { "abc"[99999999999999999999] } catch e { e.message });
println(try { channel(99999999999999999999) } catch e { e.message });
println(try { Semaphore(99999999999999999999) } catch e { e.message });
println(try { exit(99999999999999999999) } catch e { e.message });
println(try { l.remove(99999999999999999999) } catch e { e.message });
