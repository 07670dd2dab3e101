package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Stage[In, Out any] func(<-chan In) <-chan Out

func Map[In, Out any](workers int, f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := range in {
					out <- f(v)
				}
			}()
		}
		go func() {
			wg.Wait()
			close(out)
		}()
		return out
	}
}

func FilterStage[T any](keep func(T) bool) Stage[T, T] {
	return func(in <-chan T) <-chan T {
		out := make(chan T)
		go func() {
			defer close(out)
			for v := range in {
				if keep(v) {
					out <- v
				}
			}
		}()
		return out
	}
}

func Source[T any](items ...T) <-chan T {
	ch := make(chan T, len(items))
	for _, it := range items {
		ch <- it
	}
	close(ch)
	return ch
}

type Doc struct {
	ID    int
	Text  string
	Words int
	Tags  []string
}

func tag(d Doc) Doc {
	lower := strings.ToLower(d.Text)
	for _, kw := range []string{"go", "rust", "python", "pattern"} {
		if strings.Contains(lower, kw) {
			d.Tags = append(d.Tags, kw)
		}
	}
	return d
}

func main() {
	texts := []string{
		"Go makes concurrency simple",
		"Rust and Go compared",
		"A pattern language",
		"Cooking with garlic",
		"Python patterns in practice",
		"",
		"The go proverbs",
	}
	docs := make([]Doc, len(texts))
	for i, t := range texts {
		docs[i] = Doc{ID: i + 1, Text: t}
	}
	counted := Map(3, func(d Doc) Doc {
		d.Words = len(strings.Fields(d.Text))
		return d
	})(Source(docs...))
	nonEmpty := FilterStage(func(d Doc) bool { return d.Words > 0 })(counted)
	tagged := Map(2, tag)(nonEmpty)
	withTags := FilterStage(func(d Doc) bool { return len(d.Tags) > 0 })(tagged)

	var results []Doc
	for d := range withTags {
		results = append(results, d)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].ID < results[j].ID })
	for _, d := range results {
		fmt.Printf("#%d %-30q words=%d tags=%v\n", d.ID, d.Text, d.Words, d.Tags)
	}

	byTag := map[string][]int{}
	for _, d := range results {
		for _, t := range d.Tags {
			byTag[t] = append(byTag[t], d.ID)
		}
	}
	fmt.Println(byTag)

	squares := Map(4, func(n int) int { return n * n })(Source(1, 2, 3, 4, 5, 6, 7, 8))
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum of squares:", sum)
}
