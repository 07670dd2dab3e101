package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type WordCounter interface {
	Count(r io.Reader) (map[string]int, error)
}

type simpleCounter struct {
	stop map[string]bool
}

func NewCounter(stopwords ...string) WordCounter {
	s := map[string]bool{}
	for _, w := range stopwords {
		s[w] = true
	}
	return &simpleCounter{stop: s}
}

func (c *simpleCounter) Count(r io.Reader) (map[string]int, error) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	m := make(map[string]int)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}))
		if w == "" || c.stop[w] {
			continue
		}
		m[w]++
	}
	return m, sc.Err()
}

type errReader struct {
	data string
	err  error
	done bool
}

func (e *errReader) Read(p []byte) (int, error) {
	if e.done {
		return 0, e.err
	}
	e.done = true
	return copy(p, e.data), nil
}

func top(m map[string]int, n int) []string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func main() {
	text := `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs! A fox, a dog, a cat.`
	wc := NewCounter("the", "a")
	m, err := wc.Count(strings.NewReader(text))
	fmt.Println("err:", err)
	fmt.Println(m)
	for i, w := range top(m, 3) {
		fmt.Printf("%d %-5s %d\n", i+1, w, m[w])
	}
	m2, err := wc.Count(&errReader{data: "alpha beta", err: io.ErrUnexpectedEOF})
	fmt.Printf("%v %v\n", m2, err)

	checks := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"Go go GO!", map[string]int{"go": 3}},
		{"the a The", map[string]int{}},
		{"x1 x1 -- y", map[string]int{"x1": 2, "y": 1}},
	}
	for _, c := range checks {
		got, _ := wc.Count(strings.NewReader(c.in))
		if maps.Equal(got, c.want) {
			fmt.Printf("PASS %q\n", c.in)
		} else {
			fmt.Printf("FAIL %q got %v\n", c.in, got)
		}
	}
}
