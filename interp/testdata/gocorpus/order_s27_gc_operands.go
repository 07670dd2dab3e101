// gc computes most arguments that are neither calls nor plain reads
// after the calls among the other arguments, but comparisons and other
// one-byte values going into an interface, and lengths, in their place.
package main

import "fmt"

type Board [2]byte

func (b *Board) Play(i int, p byte) bool { b[i] = p; return true }

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

var total = 10

func add(n int) int { total += n; return total }

func inc(x *int) int { *x++; return *x }

func pair(a, n int) string { return fmt.Sprint(a, "/", n) }

func flag(b bool, n int) string { return fmt.Sprint(b, "/", n) }

func main() {
	var b, c Board
	fmt.Println(b == c, c.Play(0, 'O'), c)
	x := 1
	fmt.Println(x+1, inc(&x))
	x = 1
	fmt.Println(x == 1, inc(&x), x*10)
	x = 1
	fmt.Println(pair(x*2, inc(&x)), flag(x == 2, inc(&x)))
	x = 1
	p := pair(x*2, inc(&x))
	fmt.Println(p, flag(x == 2, inc(&x)))
	if q := pair(x+10, inc(&x)); q != "" {
		fmt.Println(q, fmt.Sprint(x-1, inc(&x)))
	}
	st := &Stack{[]int{1, 2, 3}}
	fmt.Println(len(st.items), st.Pop(), st.items)
	fmt.Println(total-1, add(5))
	s := "go"
	fmt.Println(s+"!", len(s), func() int { s = "gopher"; return len(s) }())
	v := []int{1, 2}
	fmt.Println(v[0]*3, func() int { v[0] = 5; return 0 }())
	var u uint8 = 1
	fmt.Println(u+1, uint16(u)+1, func() int { u = 7; return 0 }())
	y := fmt.Sprint(x-1, inc(&x))
	fmt.Println(y)
}
