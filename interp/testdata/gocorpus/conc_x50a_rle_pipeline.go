package main

import (
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

type chunk struct {
	seq  int
	data []byte
}

func source(ctx context.Context, text string, size int) <-chan chunk {
	out := make(chan chunk)
	go func() {
		defer close(out)
		for i := 0; i*size < len(text); i++ {
			end := min((i+1)*size, len(text))
			select {
			case out <- chunk{i, []byte(text[i*size : end])}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func rle(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] == b[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), b[i])
		i = j
	}
	return out
}

func stage(ctx context.Context, in <-chan chunk, f func([]byte) []byte) <-chan chunk {
	out := make(chan chunk)
	go func() {
		defer close(out)
		for c := range in {
			select {
			case out <- chunk{c.seq, f(c.data)}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func run(ctx context.Context, text string, limit int) (int, uint32, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	total := 0
	crc := uint32(0)
	for c := range stage(ctx, source(ctx, text, 16), rle) {
		total += len(c.data)
		crc = crc32.Update(crc, crc32.IEEETable, c.data)
		fmt.Printf("  chunk %d -> %2d bytes % x\n", c.seq, len(c.data), c.data[:min(6, len(c.data))])
		if limit > 0 && total > limit {
			cancel(fmt.Errorf("output limit %d exceeded at chunk %d", limit, c.seq))
			break
		}
	}
	return total, crc, context.Cause(ctx)
}

func main() {
	text := strings.Repeat("a", 20) + "bbbbbbcd" + strings.Repeat("e", 9) + "fghij" + strings.Repeat("z", 30)
	fmt.Println("input", len(text), "bytes")
	n, crc, err := run(context.Background(), text, 0)
	fmt.Printf("total=%d crc=%08x err=%v\n", n, crc, err)
	n, crc, err = run(context.Background(), text, 10)
	fmt.Printf("total=%d crc=%08x err=%v\n", n, crc, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	vctx := context.WithValue(context.Background(), "dev", "sda")
	fmt.Println(vctx.Value("dev"), vctx.Value("other"))
}
