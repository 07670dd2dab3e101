package main

import "fmt"

type L interface{ F() int }

type A struct{}

func (A) F() int { return 1 }

type B struct{}

func (B) F() int { return 2 }

type H struct{ D float64 }

func (H) F() int { return 3 }

func main() {
	ls := []L{A{}, B{}}
	var l L = H{2}
	fmt.Println(l == L(H{2}), len(ls))
}
