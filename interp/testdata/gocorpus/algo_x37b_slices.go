// Slice exercises of section 4.2: reverse, rotate, appendInt, nonempty,
// dedup and stack operations on slices, with arrays compared by value.
package main

import (
	"crypto/sha256"
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func reverseArr(p *[6]int) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:len(s):len(s)], s[:k]...)
}

func appendInt(x []int, y int) []int {
	var z []int
	zlen := len(x) + 1
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	z[len(x)] = y
	return z
}

func nonempty(strings []string) []string {
	out := strings[:0]
	for _, s := range strings {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func dedup(s []string) []string {
	if len(s) == 0 {
		return s
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// squashSpace replaces each run of Unicode spaces with a single ASCII space.
func squashSpace(b []byte) []byte {
	out := b[:0]
	prevSpace := false
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			if !prevSpace {
				out = append(out, ' ')
			}
			prevSpace = true
		} else {
			out = append(out, b[i:i+size]...)
			prevSpace = false
		}
		i += size
	}
	return out
}

func main() {
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	fmt.Println(a)
	reverseArr(&a)
	fmt.Println(a, len(a))
	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(s, rotate([]int{1, 2, 3, 4, 5}, 7))

	var x, y []int
	for i := range 10 {
		y = appendInt(x, i)
		fmt.Printf("%d cap=%d\t%v\n", i, cap(y), y)
		x = y
	}
	var z []int
	z = append(z, 1)
	z = append(z, 2, 3)
	z = append(z, z...)
	fmt.Println(z, len(z))

	data := []string{"one", "", "three", "", ""}
	fmt.Printf("%q\n", nonempty(data))
	fmt.Printf("%q\n", data)
	fmt.Println(dedup([]string{"a", "a", "b", "c", "c", "c", "a"}))
	fmt.Printf("%q\n", squashSpace([]byte("a  b\t\n c\u00a0\u3000d ")))

	stack := []string{}
	stack = append(stack, "x", "y", "z")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)

	type Currency int
	const (
		USD Currency = iota
		EUR
		GBP
		RMB
	)
	symbol := [...]string{USD: "$", EUR: "€", GBP: "£", RMB: "¥"}
	fmt.Println(RMB, symbol[RMB], len(symbol))
	r := [...]int{99: -1}
	fmt.Println(len(r), r[98], r[99])
	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%x\n%t\n%T\n", c1[:8], c2[:8], c1 == c2, c1)
	q := [2]int{1, 2}
	fmt.Println(q == [2]int{1, 2}, q != [...]int{1, 3})
}
