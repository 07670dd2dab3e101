package main

import (
	"fmt"
	"sort"
	"strings"
)

type Rot int

func (r Rot) Apply(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+rune(r))%26
	}
	return c
}

type Ages []int

func (a Ages) Less(i, j int) bool { return a[i] > a[j] }

type Counter map[string]int

func (c Counter) Inc(s string) { c[s]++ }

func main() {
	r := Rot(13)
	f := r.Apply
	r = 1
	fmt.Println(strings.Map(f, "hello"), strings.Map(r.Apply, "abc"), string(Rot.Apply(3, 0x61)))
	a := Ages{3, 9, 1}
	sort.Slice(a, a.Less)
	fmt.Println(a)
	c := Counter{}
	inc := c.Inc
	for _, w := range strings.Fields("a b a") {
		inc(w)
	}
	fmt.Println(c)
	fields := strings.FieldsFunc("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(fields)
}
