// SYNTAX TEST "source.asynclang" "asynclang highlighting"

// a line comment
// <-- comment.line.double-slash.asynclang punctuation.definition.comment.asynclang

/* outer /* nested */ still a comment */ let
// <-- comment.block.asynclang punctuation.definition.comment.begin.asynclang
//          ^^^^^^ comment.block.asynclang comment.block.asynclang
//                    ^^^^^^^^^^^^^^^^^^ comment.block.asynclang
//                                       ^^^ storage.type.let.asynclang

async fn fetch(id) {
// <----- storage.modifier.async.asynclang
//    ^^ storage.type.function.asynclang
//       ^^^^^ entity.name.function.asynclang

    sleep(250ms).await;
//  ^^^^^ support.function.builtin.async.asynclang
//        ^^^^^ constant.numeric.duration.asynclang
//           ^^ keyword.other.unit.asynclang
//              ^ punctuation.accessor.asynclang
//               ^^^^^ keyword.control.await.asynclang

    id * 10
//     ^ keyword.operator.arithmetic.asynclang

}

let n = [42, 1_000_000, 0xff, 0b1010, 0o17, 3.14, 1e9, 2.5e-3, 1s, 0.5s, 10m, 1_0.5e+2us];
//       ^^ constant.numeric.integer.decimal.asynclang
//           ^^^^^^^^^ constant.numeric.integer.decimal.asynclang
//                      ^^^^ constant.numeric.integer.hexadecimal.asynclang
//                            ^^^^^^ constant.numeric.integer.binary.asynclang
//                                    ^^^^ constant.numeric.integer.octal.asynclang
//                                          ^^^^ constant.numeric.float.asynclang
//                                                ^^^ constant.numeric.float.asynclang
//                                                     ^^^^^^ constant.numeric.float.asynclang
//                                                             ^^ constant.numeric.duration.asynclang
//                                                                 ^^^^ constant.numeric.duration.asynclang
//                                                                       ^^^ constant.numeric.duration.asynclang
//                                                                            ^^^^^^^^^^ constant.numeric.duration.asynclang

for i in 0..=10 { }
// <--- keyword.control.asynclang
//    ^^ keyword.control.asynclang
//       ^ constant.numeric.integer.decimal.asynclang
//        ^^^ keyword.operator.range.asynclang
//           ^^ constant.numeric.integer.decimal.asynclang
//              ^ punctuation.section.braces.begin.asynclang

println("a\tb \{ \\ \" \u{1F600} \q {n[0] + 1} {m["key"]} { {a: 1}.a } }");
// <------- support.function.builtin.asynclang
//      ^ string.quoted.double.asynclang punctuation.definition.string.begin.asynclang
//       ^ string.quoted.double.asynclang
//        ^^ constant.character.escape.asynclang
//            ^^ constant.character.escape.asynclang
//               ^^ constant.character.escape.asynclang
//                  ^^ constant.character.escape.asynclang
//                     ^^^^^^^^^ constant.character.escape.asynclang
//                               ^^ invalid.illegal.escape.asynclang
//                                  ^ meta.interpolation.asynclang punctuation.section.interpolation.begin.asynclang
//                                   ^ meta.interpolation.asynclang meta.embedded.line.asynclang
//                                     ^ meta.embedded.line.asynclang constant.numeric.integer.decimal.asynclang
//                                        ^ keyword.operator.arithmetic.asynclang
//                                           ^ punctuation.section.interpolation.end.asynclang
//                                                ^^^^^ meta.interpolation.asynclang string.quoted.double.asynclang
//                                                 ^^^ meta.interpolation.asynclang string.quoted.double.asynclang
//                                                    ^ meta.interpolation.asynclang string.quoted.double.asynclang punctuation.definition.string.end.asynclang
//                                                     ^ meta.interpolation.asynclang punctuation.section.brackets.end.asynclang
//                                                      ^ punctuation.section.interpolation.end.asynclang
//                                                          ^ meta.interpolation.asynclang punctuation.section.braces.begin.asynclang
//                                                            ^ meta.interpolation.asynclang punctuation.separator.colon.asynclang
//                                                               ^ meta.interpolation.asynclang punctuation.section.braces.end.asynclang
//                                                                 ^ meta.interpolation.asynclang variable.other.property.asynclang
//                                                                   ^ meta.interpolation.asynclang punctuation.section.interpolation.end.asynclang
//                                                                     ^ string.quoted.double.asynclang - meta.interpolation.asynclang
//                                                                       ^ - string

let ch = channel(4); ch.len(); ch.cap;
//       ^^^^^^^ support.function.builtin.async.asynclang
//                     ^ punctuation.accessor.asynclang
//                      ^^^ entity.name.function.member.asynclang - support.function.builtin.asynclang
//                                ^^^ variable.other.property.asynclang

let m = Mutex(0); let r = poll_fn(|cx| Pending); Ready(1); Semaphore(2); Notify();
//      ^^^^^ support.class.builtin.asynclang
//                        ^^^^^^^ support.function.builtin.async.asynclang
//                                ^ punctuation.definition.parameters.closure.asynclang
//                                     ^^^^^^^ support.constant.builtin.poll.asynclang
//                                               ^^^^^ support.function.builtin.poll.asynclang
//                                                         ^^^^^^^^^ support.class.builtin.asynclang
//                                                                       ^^^^^^ support.class.builtin.asynclang

let v = try { fetch(1).await } catch e { nil } finally { throw "x"; };
//      ^^^ keyword.control.exception.asynclang
//            ^^^^^ entity.name.function.call.asynclang
//                     ^^^^^ keyword.control.await.asynclang
//                             ^^^^^ keyword.control.exception.asynclang
//                                       ^^^ constant.language.nil.asynclang
//                                             ^^^^^^^ keyword.control.exception.asynclang
//                                                       ^^^^^ keyword.control.exception.asynclang

x += 1; if a <= b && !c || d != e { true } else { false }
//^^ keyword.operator.assignment.compound.asynclang
//      ^^ keyword.control.asynclang
//           ^^ keyword.operator.comparison.asynclang
//                ^^ keyword.operator.logical.asynclang
//                   ^ keyword.operator.logical.asynclang
//                      ^^ keyword.operator.logical.asynclang
//                           ^^ keyword.operator.comparison.asynclang
//                                  ^^^^ constant.language.boolean.asynclang
//                                         ^^^^ keyword.control.asynclang
//                                                ^^^^^ constant.language.boolean.asynclang

import "./util.al" as util; import std.fs;
// <------ keyword.control.import.asynclang
//     ^^^^^^^^^^^ string.quoted.double.asynclang
//                 ^^ keyword.control.import.asynclang
//                          ^^^^^^ keyword.control.import.asynclang

my_len(intx, int(x)); let f = async |a, b| { a / b }; loop { break; continue; return 1 % 2; }
// <------ entity.name.function.call.asynclang - support
//     ^^^^ - support
//           ^^^ support.function.builtin.asynclang
//                            ^^^^^ storage.modifier.async.asynclang
//                                             ^ keyword.operator.arithmetic.asynclang
//                                                    ^^^^ keyword.control.asynclang
//                                                           ^^^^^ keyword.control.asynclang
//                                                                  ^^^^^^^^ keyword.control.asynclang
//                                                                            ^^^^^^ keyword.control.asynclang
//                                                                                     ^ keyword.operator.arithmetic.asynclang

while x { let s = "multi
// <----- keyword.control.asynclang

line {x} string"; }
// <---- string.quoted.double.asynclang
//    ^ meta.embedded.line.asynclang
//       ^^^^^^ string.quoted.double.asynclang
//                ^ punctuation.section.braces.end.asynclang - string

