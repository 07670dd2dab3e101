// Exercises: == and != on interface values (the program's own interface
// and any) holding values of the program's types with methods, pointers,
// and values of different types.
package main

import "fmt"

type Token interface{ Kind() string }

type Ident string
type IntLit int
type Pos struct{ Line, Col int }

func (Ident) Kind() string  { return "ident" }
func (IntLit) Kind() string { return "int" }
func (Pos) Kind() string    { return "pos" }

type Node struct{ Name string }

func (n *Node) Kind() string { return "node" }

func count(toks []Token, want Token) int {
	n := 0
	for _, t := range toks {
		if t == want {
			n++
		}
	}
	return n
}

func name(t Token) string {
	switch t {
	case Ident("a"), Ident("b"):
		return "a or b"
	case IntLit(3):
		return "three"
	case nil:
		return "nothing"
	}
	return "other"
}

func main() {
	var a, b Token = Ident("x"), Ident("x")
	fmt.Println(a == b, a != b)
	b = IntLit(1)
	fmt.Println(a == b)
	var c Token = IntLit(1)
	fmt.Println(b == c, Token(Pos{1, 2}) == Token(Pos{1, 2}), Token(Pos{1, 2}) == Token(Pos{2, 1}))
	fmt.Println(a == Ident("x"), Ident("y") == a)
	toks := []Token{Ident("a"), IntLit(3), Ident("a"), Pos{1, 1}, IntLit(3), Ident("b")}
	fmt.Println(count(toks, Ident("a")), count(toks, IntLit(3)), count(toks, Pos{1, 1}), count(toks, Ident("zzz")))
	n1, n2 := &Node{"n"}, &Node{"n"}
	var t1, t2, t3 Token = n1, n2, n1
	fmt.Println(t1 == t2, t1 == t3)
	var x, y any = Ident("a"), Ident("a")
	var z any = "a"
	fmt.Println(x == y, x == z, z == "a")
	var nilTok Token
	fmt.Println(nilTok == nil, a != nil, nilTok == a)
	fmt.Println(name(Ident("b")), name(IntLit(3)), name(nil), name(Pos{}))
}
