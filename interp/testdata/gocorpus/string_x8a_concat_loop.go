// Exercises: strings are immutable - concatenation in loops builds new strings; strings.Builder; comparison is bytewise
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println("concatenated:", s)
	t := s
	s += "!"
	fmt.Println("old value unchanged:", t, s)
	var b strings.Builder
	for _, w := range []string{"x", "y", "z"} {
		b.WriteString(w)
		b.WriteByte('-')
	}
	fmt.Println("builder:", b.String(), b.Len())
	fmt.Println("bytewise compare:", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("split keeps empty: %q %d\n", parts, len(parts))
	fmt.Println("repeat and fields:", strings.Repeat("ab", 3), strings.Fields("  a  b "))
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'j'
	fmt.Println("string from bytes is a copy:", str, string(bs))
}
