package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Suit int

func (s Suit) String() string { return [...]string{"♠", "♥"}[s] }

type Grid [2][2]Suit

type Tags []string

type Hand []Suit

func describe(vals ...any) string {
	var parts []string
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%v(%T)", v, v))
	}
	return strings.Join(parts, " ")
}

type Box struct {
	Items any
}

func main() {
	h := Hand{0, 1}
	fmt.Println(describe(h, []Suit(h), Tags{"a"}, [][]Suit{{1}}, Grid{}))
	b := Box{Items: []Suit{1, 0}}
	fmt.Printf("%v %+v\n", b, b)
	m := map[string]any{"suits": []Suit{1}}
	fmt.Println(m)
	if s, ok := m["suits"].([]Suit); ok {
		fmt.Println(slices.Contains(s, 1), len(s))
	}
	err := fmt.Errorf("bad %v", []Suit{0})
	fmt.Println(errors.Unwrap(err), err)
	var v any = []Suit{1}
	_, isInts := v.([]int)
	fmt.Println(isInts)
}
