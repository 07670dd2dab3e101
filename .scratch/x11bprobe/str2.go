package main

import (
	"bytes"
	"fmt"
	"strings"
)

type B []byte
type S string

func (s S) Len() int { return len(s) }

func main() {
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	fmt.Println(s, string(b))
	nb := B("hi")
	copy(nb, "yo")
	fmt.Println(string(nb), len(nb), append([]byte("a"), "bc"...))
	m := map[string]int{"Xbc": 1}
	fmt.Println(m[string(b)])
	var sv S = "héllo"
	fmt.Println(sv.Len(), len([]rune(sv)), strings.ToUpper(string(sv)), sv[1], sv[1:3])
	r := []rune("日本語")
	r[0] = 'x'
	fmt.Println(string(r), string(r[1:]), len(string(r)))
	fmt.Println(bytes.Equal([]byte("a"), B("a")), bytes.ToUpper(nb), string(bytes.Repeat([]byte{'-'}, 3)))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	out := sb.String()
	sb.WriteString("more")
	fmt.Println(out, sb.String(), sb.Len())
	x := "abc"
	y := x
	x += "d"
	fmt.Println(x, y, x[len(x)-1] == 'd', string(x[0]), x[0])
	fmt.Printf("%T %T %T\n", x[0], r[0], sv)
}
