package main

import (
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
	"sync"
)

type chunkResult struct {
	index int
	size  int
	crc   uint32
}

func chunks(data []byte, size int) [][]byte {
	var out [][]byte
	for len(data) > 0 {
		n := min(size, len(data))
		out = append(out, data[:n])
		data = data[n:]
	}
	return out
}

func main() {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 40)
	data := []byte(text)
	parts := chunks(data, 256)
	fmt.Println("bytes:", len(data), "chunks:", len(parts))

	jobs := make(chan int)
	results := make(chan chunkResult, len(parts))
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range jobs {
				results <- chunkResult{i, len(parts[i]), crc32.ChecksumIEEE(parts[i])}
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
			}
		}(w)
	}
	go func() {
		for i := range parts {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []chunkResult
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].index < all[j].index })
	for _, r := range all {
		fmt.Printf("chunk %2d size %3d crc %08x\n", r.index, r.size, r.crc)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("processed:", total)

	// combine: crc of whole vs sequential update
	var seq uint32
	for _, p := range parts {
		seq = crc32.Update(seq, crc32.IEEETable, p)
	}
	fmt.Printf("whole=%08x sequential=%08x equal=%t\n", crc32.ChecksumIEEE(data), seq, seq == crc32.ChecksumIEEE(data))

	var once sync.Once
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		go once.Do(func() { close(done) })
	}
	<-done
	fmt.Println("closed once")
}
