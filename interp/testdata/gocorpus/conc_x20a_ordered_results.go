package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type task struct {
	idx  int
	word string
}

type out struct {
	idx int
	val string
	err error
}

func process(ctx context.Context, t task) out {
	select {
	case <-ctx.Done():
		return out{t.idx, "", ctx.Err()}
	default:
	}
	if t.word == "" {
		return out{t.idx, "", errors.New("empty word")}
	}
	r := []rune(t.word)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return out{idx: t.idx, val: strings.ToUpper(string(r))}
}

func run(ctx context.Context, words []string, workers int) []out {
	tasks := make(chan task)
	outs := make(chan out)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				outs <- process(ctx, t)
			}
		}()
	}
	go func() {
		for i, w := range words {
			tasks <- task{i, w}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(outs)
	}()
	res := make([]out, len(words))
	for o := range outs {
		res[o.idx] = o
	}
	return res
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	words = append(words[:3], append([]string{""}, words[3:]...)...)
	for _, o := range run(context.Background(), words, 3) {
		if o.err != nil {
			fmt.Printf("%d: error %v\n", o.idx, o.err)
			continue
		}
		fmt.Printf("%d: %s\n", o.idx, o.val)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := run(ctx, []string{"x", "y"}, 2)
	for _, o := range res {
		fmt.Println(o.idx, errors.Is(o.err, context.Canceled), o.err)
	}
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutting down"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	ctx3 := context.WithValue(context.Background(), struct{ name string }{"user"}, "gopher")
	fmt.Println(ctx3.Value(struct{ name string }{"user"}), ctx3.Value("user"))
}
