package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ladder struct {
	words   map[string]bool
	buckets map[string][]string
}

func NewLadder(dict []string) *Ladder {
	l := &Ladder{words: map[string]bool{}, buckets: map[string][]string{}}
	for _, w := range dict {
		w = strings.ToLower(w)
		if l.words[w] {
			continue
		}
		l.words[w] = true
		for i := range w {
			key := w[:i] + "_" + w[i+1:]
			l.buckets[key] = append(l.buckets[key], w)
		}
	}
	for k := range l.buckets {
		sort.Strings(l.buckets[k])
	}
	return l
}

func (l *Ladder) Neighbors(w string) []string {
	var out []string
	for i := range w {
		for _, x := range l.buckets[w[:i]+"_"+w[i+1:]] {
			if x != w {
				out = append(out, x)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (l *Ladder) Solve(from, to string) ([]string, error) {
	if len(from) != len(to) {
		return nil, fmt.Errorf("length mismatch: %q vs %q", from, to)
	}
	for _, w := range []string{from, to} {
		if !l.words[w] {
			return nil, fmt.Errorf("%q not in dictionary", w)
		}
	}
	prev := map[string]string{from: ""}
	q := []string{from}
	for len(q) > 0 {
		w := q[0]
		q = q[1:]
		if w == to {
			var path []string
			for ; w != ""; w = prev[w] {
				path = append(path, w)
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, nil
		}
		for _, n := range l.Neighbors(w) {
			if _, seen := prev[n]; !seen {
				prev[n] = w
				q = append(q, n)
			}
		}
	}
	return nil, fmt.Errorf("no ladder from %s to %s", from, to)
}

func main() {
	dict := strings.Fields(`cold cord card ward warm word worm wore core care dare date gate
	game came come code cote cold bold bolt boat coat goat head heal teal tell tall tail
	hail mail mall ball bell belt HEAD`)
	l := NewLadder(dict)
	fmt.Println("dictionary size:", len(l.words), "buckets:", len(l.buckets))
	queries := [][2]string{{"cold", "warm"}, {"head", "tail"}, {"goat", "code"}, {"ball", "game"}, {"cold", "xyzw"}, {"cat", "dogs"}}
	fmt.Printf("%-12s %-5s %s\n", "query", "steps", "ladder")
	for _, q := range queries {
		path, err := l.Solve(q[0], q[1])
		label := q[0] + "->" + q[1]
		if err != nil {
			fmt.Printf("%-12s %-5s %v\n", label, "-", err)
			continue
		}
		fmt.Printf("%-12s %-5d %s\n", label, len(path)-1, strings.Join(path, " > "))
	}
	fmt.Println("neighbors of cold:", l.Neighbors("cold"))
}
