package main

import (
	"context"
	"errors"
	"fmt"
)

func kmers(ctx context.Context, seq string, k int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i+k <= len(seq); i++ {
			select {
			case out <- seq[i : i+k]:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func filter(ctx context.Context, in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			if !keep(s) {
				continue
			}
			select {
			case out <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

var errFound = errors.New("target found")

func main() {
	seq := "ACGTTGCAAGGCTTACGGCATGCCGTAAGCTT"
	ctx, cancel := context.WithCancelCause(context.Background())
	gcRich := func(s string) bool {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] == 'G' || s[i] == 'C' {
				n++
			}
		}
		return n*2 > len(s)
	}
	count := 0
	for km := range filter(ctx, kmers(ctx, seq, 5), gcRich) {
		count++
		fmt.Printf("%2d %s\n", count, km)
		if km == "GGCAT" {
			cancel(errFound)
			break
		}
	}
	<-ctx.Done()
	fmt.Println("stopped:", ctx.Err(), "cause:", context.Cause(ctx))

	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	total := 0
	for range kmers(ctx2, seq, 3) {
		total++
	}
	fmt.Println("all 3-mers:", total, "err:", ctx2.Err())
	vctx := context.WithValue(ctx2, "sample", "S1")
	fmt.Println(vctx.Value("sample"), vctx.Value("other"))
}
