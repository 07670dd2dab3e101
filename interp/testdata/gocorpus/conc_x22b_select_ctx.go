package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func producer(ctx context.Context, name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case out <- fmt.Sprintf("%s%d", name, i):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func drainAll(a, b <-chan string) (fromA, fromB []string) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fromB = append(fromB, v)
		}
	}
	return
}

type result struct {
	id  int
	val int
	err error
}

var errOdd = errors.New("odd input")

func work(ctx context.Context, id int) result {
	if id%2 == 1 && id > 4 {
		return result{id, 0, fmt.Errorf("job %d: %w", id, errOdd)}
	}
	select {
	case <-ctx.Done():
		return result{id, 0, ctx.Err()}
	default:
	}
	return result{id, id * id, nil}
}

func main() {
	ctx := context.Background()
	a, b := drainAll(producer(ctx, "a", 4), producer(ctx, "b", 6))
	fmt.Println(a, b)

	ctx2, cancel := context.WithCancel(ctx)
	ch := producer(ctx2, "c", 100)
	got := []string{<-ch, <-ch, <-ch}
	cancel()
	for range ch {
	}
	fmt.Println(got, ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))

	results := make([]result, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = work(ctx, i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		if r.err != nil {
			fmt.Println("error:", r.err, errors.Is(r.err, errOdd))
			continue
		}
		sum += r.val
	}
	fmt.Println("sum:", sum)

	cctx, cancel2 := context.WithCancel(ctx)
	cancel2()
	fmt.Println(work(cctx, 2).err)

	buf := make(chan int, 3)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
			sent++
		default:
			fmt.Println("full at", i)
		}
	}
	close(buf)
	var vs []int
	for v := range buf {
		vs = append(vs, v)
	}
	fmt.Println(sent, vs, len(buf), cap(buf))
	vctx := context.WithValue(ctx, "user", "gopher")
	fmt.Println(vctx.Value("user"), vctx.Value("none"))
}
