package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Chain struct {
	order int
	next  map[string]map[string]int
}

func NewChain(order int) *Chain {
	return &Chain{order, map[string]map[string]int{}}
}

func (c *Chain) Train(text string) {
	words := strings.Fields(text)
	for i := 0; i+c.order < len(words); i++ {
		key := strings.Join(words[i:i+c.order], " ")
		if c.next[key] == nil {
			c.next[key] = map[string]int{}
		}
		c.next[key][words[i+c.order]]++
	}
}

func (c *Chain) Sample(key string, r *rand.Rand) (string, bool) {
	opts := c.next[key]
	if len(opts) == 0 {
		return "", false
	}
	ws := make([]string, 0, len(opts))
	total := 0
	for w, n := range opts {
		ws = append(ws, w)
		total += n
	}
	sort.Strings(ws)
	x := r.IntN(total)
	for _, w := range ws {
		x -= opts[w]
		if x < 0 {
			return w, true
		}
	}
	panic("unreachable")
}

func main() {
	text := "the model learns the weights and the model predicts the labels and the loss goes down as the model learns"
	c := NewChain(1)
	c.Train(text)
	keys := make([]string, 0, len(c.next))
	for k := range c.next {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-9s -> %v\n", k, c.next[k])
	}
	r := rand.New(rand.NewPCG(11, 22))
	for s := 0; s < 3; s++ {
		w := "the"
		out := []string{w}
		for i := 0; i < 8; i++ {
			nw, ok := c.Sample(w, r)
			if !ok {
				break
			}
			out = append(out, nw)
			w = nw
		}
		fmt.Println(strings.Join(out, " "))
	}
}
