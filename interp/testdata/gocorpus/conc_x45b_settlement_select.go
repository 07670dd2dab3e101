package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type Instruction struct {
	Ref    string
	Amount int64
}

type Settled struct {
	Ref   string
	Batch int
}

func producer(ctx context.Context, refs []Instruction) <-chan Instruction {
	out := make(chan Instruction)
	go func() {
		defer close(out)
		for _, r := range refs {
			select {
			case out <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// batcher groups instructions into batches of size n, flushing the rest at the end.
func batcher(in <-chan Instruction, n int) <-chan []Instruction {
	out := make(chan []Instruction, 1)
	go func() {
		defer close(out)
		var cur []Instruction
		for ins := range in {
			cur = append(cur, ins)
			if len(cur) == n {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

var ErrLimit = errors.New("daily settlement limit reached")

func settle(ctx context.Context, cancel context.CancelCauseFunc, batches <-chan []Instruction, limit int64) ([]Settled, int64) {
	var done []Settled
	var total int64
	b := 0
	for {
		select {
		case <-ctx.Done():
			return done, total
		case batch, ok := <-batches:
			if !ok {
				return done, total
			}
			b++
			var sum int64
			for _, i := range batch {
				sum += i.Amount
			}
			if total+sum > limit {
				cancel(fmt.Errorf("batch %d: %w", b, ErrLimit))
				return done, total
			}
			total += sum
			for _, i := range batch {
				done = append(done, Settled{i.Ref, b})
			}
		}
	}
}

func main() {
	var ins []Instruction
	for i := 1; i <= 17; i++ {
		ins = append(ins, Instruction{fmt.Sprintf("PAY%03d", i), int64(i * 12345)})
	}
	for _, limit := range []int64{10000000, 900000} {
		ctx, cancel := context.WithCancelCause(context.Background())
		settled, total := settle(ctx, cancel, batcher(producer(ctx, ins), 4), limit)
		cancel(nil)
		refs := make([]string, 0, len(settled))
		for _, s := range settled {
			refs = append(refs, fmt.Sprintf("%s/%d", s.Ref, s.Batch))
		}
		fmt.Printf("limit %d: settled %d total %d\n", limit, len(settled), total)
		fmt.Println(" ", strings.Join(refs, " "))
		cause := context.Cause(ctx)
		fmt.Println("  cause:", cause, errors.Is(cause, ErrLimit), errors.Is(cause, context.Canceled))
	}
}
