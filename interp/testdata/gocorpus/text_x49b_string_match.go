package main

import (
	"fmt"
	"strings"
)

type Matcher interface {
	Name() string
	Match(text, pattern string) (shifts []int, work int)
}

type Naive struct{}

func (Naive) Name() string { return "naive" }
func (Naive) Match(t, p string) ([]int, int) {
	var out []int
	work := 0
	for s := 0; s+len(p) <= len(t); s++ {
		i := 0
		for i < len(p) && t[s+i] == p[i] {
			i++
			work++
		}
		work++
		if i == len(p) {
			out = append(out, s)
		}
	}
	return out, work
}

type RabinKarp struct{ D, Q int }

func (r RabinKarp) Name() string { return fmt.Sprintf("rabin-karp(d=%d,q=%d)", r.D, r.Q) }
func (r RabinKarp) Match(t, p string) ([]int, int) {
	n, m := len(t), len(p)
	if m > n {
		return nil, 0
	}
	h := 1
	for i := 0; i < m-1; i++ {
		h = h * r.D % r.Q
	}
	pv, tv := 0, 0
	for i := 0; i < m; i++ {
		pv = (r.D*pv + int(p[i])) % r.Q
		tv = (r.D*tv + int(t[i])) % r.Q
	}
	var out []int
	spurious := 0
	for s := 0; s <= n-m; s++ {
		if pv == tv {
			if t[s:s+m] == p {
				out = append(out, s)
			} else {
				spurious++
			}
		}
		if s < n-m {
			tv = (r.D*(tv-int(t[s])*h) + int(t[s+m])) % r.Q
			if tv < 0 {
				tv += r.Q
			}
		}
	}
	return out, spurious
}

type KMP struct{}

func (KMP) Name() string { return "kmp" }
func prefixFunction(p string) []int {
	pi := make([]int, len(p))
	k := 0
	for q := 1; q < len(p); q++ {
		for k > 0 && p[k] != p[q] {
			k = pi[k-1]
		}
		if p[k] == p[q] {
			k++
		}
		pi[q] = k
	}
	return pi
}
func (KMP) Match(t, p string) ([]int, int) {
	pi := prefixFunction(p)
	var out []int
	q, work := 0, 0
	for i := 0; i < len(t); i++ {
		for q > 0 && p[q] != t[i] {
			q = pi[q-1]
			work++
		}
		if p[q] == t[i] {
			q++
		}
		work++
		if q == len(p) {
			out = append(out, i-len(p)+1)
			q = pi[q-1]
		}
	}
	return out, work
}

func main() {
	text := "abababacabaababacaababaca"
	pat := "ababaca"
	fmt.Println("pi:", prefixFunction(pat))
	for _, m := range []Matcher{Naive{}, RabinKarp{D: 10, Q: 13}, RabinKarp{256, 101}, KMP{}} {
		s, w := m.Match(text, pat)
		fmt.Printf("%-22s %T shifts=%v work=%d\n", m.Name(), m, s, w)
	}
	digits := "2359023141526739921"
	s, sp := RabinKarp{10, 13}.Match(digits, "31415")
	fmt.Println("digits:", s, "spurious:", sp, "check:", strings.Index(digits, "31415"))
}
