package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Uploader interface {
	Upload(name string, data []byte) error
}

type fakeUploader struct {
	mu       sync.Mutex
	stored   map[string]int
	inFlight atomic.Int32
	peak     atomic.Int32
	rejects  map[string]bool
}

var ErrRejected = errors.New("rejected by server")

func (f *fakeUploader) Upload(name string, data []byte) error {
	n := f.inFlight.Add(1)
	defer f.inFlight.Add(-1)
	for {
		p := f.peak.Load()
		if n <= p || f.peak.CompareAndSwap(p, n) {
			break
		}
	}
	if f.rejects[name] {
		return fmt.Errorf("upload %s: %w", name, ErrRejected)
	}
	f.mu.Lock()
	f.stored[name] = len(data)
	f.mu.Unlock()
	return nil
}

type BatchUploader struct {
	up    Uploader
	limit int
}

func (b BatchUploader) UploadAll(files map[string]string) error {
	sem := make(chan struct{}, b.limit)
	var wg sync.WaitGroup
	errs := make(chan error, len(files))
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func(name string) {
			defer func() { <-sem; wg.Done() }()
			if err := b.up.Upload(name, []byte(files[name])); err != nil {
				errs <- err
			}
		}(n)
	}
	wg.Wait()
	close(errs)
	var all []error
	for e := range errs {
		all = append(all, e)
	}
	slices.SortFunc(all, func(a, b error) int {
		if a.Error() < b.Error() {
			return -1
		}
		return 1
	})
	return errors.Join(all...)
}

func main() {
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("f%02d.txt", i)] = fmt.Sprintf("%*s", i+1, "x")
	}
	fu := &fakeUploader{stored: map[string]int{}, rejects: map[string]bool{"f03.txt": true, "f07.txt": true}}
	err := BatchUploader{fu, 3}.UploadAll(files)
	fmt.Println(err)
	fmt.Println("rejected:", errors.Is(err, ErrRejected))
	fmt.Println("stored:", len(fu.stored), fu.stored["f11.txt"])
	fmt.Println("peak within limit:", fu.peak.Load() <= 3, fu.inFlight.Load())
	var once sync.Once
	calls := 0
	for range 5 {
		once.Do(func() { calls++ })
	}
	get := sync.OnceValue(func() int { calls += 10; return calls })
	fmt.Println(get(), get(), calls)
}
