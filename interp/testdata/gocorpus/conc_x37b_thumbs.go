// Parallel loops in the manner of makeThumbnails (section 8.5): results
// by index, the first error, and a total size gathered with a WaitGroup.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type thumb struct {
	name string
	size int64
	err  error
}

// makeThumb pretends to scale an image; names without .jpg fail.
func makeThumb(name string) (string, int64, error) {
	if !strings.HasSuffix(name, ".jpg") {
		return "", 0, fmt.Errorf("%s: unsupported format", name)
	}
	base := strings.TrimSuffix(name, ".jpg")
	return base + ".thumb.jpg", int64(len(name) * 1000), nil
}

// makeThumbnails4 returns the first error encountered; a buffered channel
// keeps the remaining workers from leaking.
func makeThumbnails4(names []string) (thumbs []string, err error) {
	type item struct {
		idx   int
		thumb string
		err   error
	}
	ch := make(chan item, len(names))
	for i, f := range names {
		go func(i int, f string) {
			var it item
			it.idx = i
			it.thumb, _, it.err = makeThumb(f)
			ch <- it
		}(i, f)
	}
	thumbs = make([]string, len(names))
	var errs []error
	for range names {
		it := <-ch
		if it.err != nil {
			errs = append(errs, it.err)
			continue
		}
		thumbs[it.idx] = it.thumb
	}
	if len(errs) > 0 {
		min := errs[0]
		for _, e := range errs[1:] {
			if e.Error() < min.Error() {
				min = e
			}
		}
		return nil, min
	}
	return thumbs, nil
}

// makeThumbnails6 returns the total size of the files it made.
func makeThumbnails6(filenames <-chan string) int64 {
	sizes := make(chan int64)
	var wg sync.WaitGroup
	for f := range filenames {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			_, size, err := makeThumb(f)
			if err != nil {
				return
			}
			sizes <- size
		}(f)
	}
	go func() {
		wg.Wait()
		close(sizes)
	}()
	var total int64
	for size := range sizes {
		total += size
	}
	return total
}

func main() {
	good := []string{"cat.jpg", "dog.jpg", "bird.jpg", "snake.jpg"}
	thumbs, err := makeThumbnails4(good)
	fmt.Println(thumbs, err)
	_, err = makeThumbnails4(append(good, "notes.txt", "logo.png"))
	fmt.Println("error:", err)

	names := make(chan string)
	go func() {
		for _, n := range append(good, "x.gif") {
			names <- n
		}
		close(names)
	}()
	fmt.Println("total bytes:", makeThumbnails6(names))

	results := make([]thumb, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Go(func() {
			name := fmt.Sprintf("img%d.%s", i, []string{"jpg", "png"}[i%2])
			t, size, err := makeThumb(name)
			results[i] = thumb{t, size, err}
		})
	}
	wg.Wait()
	var all []error
	for i, r := range results {
		fmt.Printf("%d %q %d %v\n", i, r.name, r.size, r.err)
		all = append(all, r.err)
	}
	fmt.Println(errors.Join(all...))
}
