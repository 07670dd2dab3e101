// Exercises: comparing interface values with == and using them as map keys.
package main

import "fmt"

type Token interface{ Kind() string }

type Ident string
type IntLit int
type Pos struct{ Line, Col int }

func (Ident) Kind() string  { return "ident" }
func (IntLit) Kind() string { return "int" }
func (Pos) Kind() string    { return "pos" }

func main() {
	var a, b Token = Ident("x"), Ident("x")
	fmt.Println(a == b)
	b = IntLit(1)
	fmt.Println(a == b)
	var c Token = IntLit(1)
	fmt.Println(b == c)
	fmt.Println(Token(Pos{1, 2}) == Token(Pos{1, 2}), Token(Pos{1, 2}) == Token(Pos{2, 1}))

	seen := map[Token]int{}
	for _, t := range []Token{Ident("a"), IntLit(3), Ident("a"), Pos{1, 1}, IntLit(3), Ident("b")} {
		seen[t]++
	}
	fmt.Println(len(seen), seen[Ident("a")], seen[IntLit(3)], seen[Pos{1, 1}], seen[Ident("zzz")])

	var anyA, anyB any = 3, 3.0
	fmt.Println(anyA == anyB, anyA == any(3))
	var nilTok Token
	fmt.Println(nilTok == nil, a != nil)
	keys := map[any]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(keys[1], keys["1"], keys[1.0], len(keys))
}
