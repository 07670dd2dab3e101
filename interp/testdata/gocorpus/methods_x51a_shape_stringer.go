package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape struct{ R, C int }

func (s Shape) String() string { return fmt.Sprintf("(%d, %d)", s.R, s.C) }

func (s Shape) T() Shape { return Shape{s.C, s.R} }

func (s Shape) MatMul(o Shape) (Shape, error) {
	if s.C != o.R {
		return Shape{}, fmt.Errorf("matmul %v @ %v: inner dims %d != %d", s, o, s.C, o.R)
	}
	return Shape{s.R, o.C}, nil
}

type Grads map[string]Shape

func (g Grads) String() string {
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s:%v", k, g[k])
	}
	return "{" + b.String() + "}"
}

func main() {
	N, D, H, K := 8, 4, 16, 3
	X, W1, W2 := Shape{N, D}, Shape{D, H}, Shape{H, K}
	h, _ := X.MatMul(W1)
	z, _ := h.MatMul(W2)
	fmt.Println("h:", h, "z:", z)
	dz := z
	dW2, err := h.T().MatMul(dz)
	dh, err2 := dz.MatMul(W2.T())
	dW1, err3 := X.T().MatMul(dh)
	fmt.Println(err, err2, err3)
	g := Grads{"W2": dW2, "W1": dW1, "h": dh}
	fmt.Println(g)
	fmt.Printf("%v %s %+v %#v\n", dW1, dW1, dW1, dW1)
	params := map[string]Shape{"W1": W1, "W2": W2}
	for _, k := range []string{"W1", "W2", "h"} {
		p, ok := params[k]
		fmt.Printf("%-3s param=%-9v grad=%-9v match=%v\n", k, p, g[k], ok && p == g[k])
	}
	_, err = W1.MatMul(W1)
	fmt.Println(err)
	fmt.Println(params)
}
