package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Image struct {
	ID  int
	Pix [][]uint8
	Ops []string
}

type Stage func(Image) Image

func flipH(img Image) Image {
	out := make([][]uint8, len(img.Pix))
	for i, row := range img.Pix {
		r := make([]uint8, len(row))
		for j := range row {
			r[j] = row[len(row)-1-j]
		}
		out[i] = r
	}
	return Image{img.ID, out, append(img.Ops, "flip")}
}

func crop(n int) Stage {
	return func(img Image) Image {
		out := make([][]uint8, 0, len(img.Pix)-2*n)
		for _, row := range img.Pix[n : len(img.Pix)-n] {
			out = append(out, row[n:len(row)-n])
		}
		return Image{img.ID, out, append(img.Ops, fmt.Sprintf("crop%d", n))}
	}
}

func invert(img Image) Image {
	for _, row := range img.Pix {
		for j := range row {
			row[j] = 255 - row[j]
		}
	}
	img.Ops = append(img.Ops, "invert")
	return img
}

func run(ctx context.Context, in <-chan Image, st Stage) <-chan Image {
	out := make(chan Image)
	go func() {
		defer close(out)
		for img := range in {
			select {
			case out <- st(img):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := make(chan Image)
	go func() {
		defer close(src)
		for id := 0; id < 4; id++ {
			pix := make([][]uint8, 4)
			for i := range pix {
				pix[i] = make([]uint8, 4)
				for j := range pix[i] {
					pix[i][j] = uint8(id*40 + i*4 + j)
				}
			}
			src <- Image{ID: id, Pix: pix}
		}
	}()
	var out <-chan Image = src
	for _, st := range []Stage{flipH, crop(1), invert} {
		out = run(ctx, out, st)
	}
	var mu sync.Mutex
	results := map[int]Image{}
	for img := range out {
		mu.Lock()
		results[img.ID] = img
		mu.Unlock()
	}
	for id := 0; id < len(results); id++ {
		img := results[id]
		fmt.Printf("img %d ops=%v pix=%v hex=%x\n", id, img.Ops, img.Pix, img.Pix[0])
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	blocked := make(chan Image)
	res := run(ctx2, blocked, flipH)
	close(blocked)
	_, ok := <-res
	fmt.Println("after cancel:", ok, ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled))
}
