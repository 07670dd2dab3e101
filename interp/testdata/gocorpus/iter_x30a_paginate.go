package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Page[T any] struct {
	Items []T
	Next  string
}

type Client struct {
	data     []string
	pageSize int
	calls    int
	failAt   int
}

var ErrUnavailable = errors.New("service unavailable")

func (c *Client) Fetch(token string) (Page[string], error) {
	c.calls++
	if c.failAt > 0 && c.calls == c.failAt {
		return Page[string]{}, fmt.Errorf("fetch %q: %w", token, ErrUnavailable)
	}
	start := 0
	if token != "" {
		fmt.Sscanf(token, "p%d", &start)
	}
	end := min(start+c.pageSize, len(c.data))
	p := Page[string]{Items: c.data[start:end]}
	if end < len(c.data) {
		p.Next = fmt.Sprintf("p%d", end)
	}
	return p, nil
}

// All lazily walks every page; it yields an error once and stops if a fetch fails.
func All[T any](fetch func(string) (Page[T], error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		token := ""
		for {
			p, err := fetch(token)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, it := range p.Items {
				if !yield(it, nil) {
					return
				}
			}
			if p.Next == "" {
				return
			}
			token = p.Next
		}
	}
}

func main() {
	letters := strings.Split("abcdefghijklmnopq", "")
	c := &Client{data: letters, pageSize: 5}
	var got []string
	for item, err := range All(c.Fetch) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		got = append(got, item)
	}
	fmt.Println(strings.Join(got, ""), "calls:", c.calls)

	c2 := &Client{data: letters, pageSize: 5}
	for item := range All(c2.Fetch) {
		if item == "g" {
			break
		}
	}
	fmt.Println("early stop calls:", c2.calls)

	c3 := &Client{data: letters, pageSize: 4, failAt: 3}
	n := 0
	var lastErr error
	for _, err := range All(c3.Fetch) {
		if err != nil {
			lastErr = err
			continue
		}
		n++
	}
	fmt.Println(n, lastErr, errors.Is(lastErr, ErrUnavailable))

	empty := &Client{pageSize: 3}
	count := 0
	for range All(empty.Fetch) {
		count++
	}
	fmt.Println("empty:", count, empty.calls)
}
