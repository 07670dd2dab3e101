package main

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

const secrets = `abcdef
pqrstuv
hello
gopher
advent`

type result struct {
	idx   int
	key   string
	nonce int
	hash  string
}

func mine(key string, prefix string) (int, string) {
	for n := 0; ; n++ {
		sum := md5.Sum([]byte(fmt.Sprint(key, n)))
		h := hex.EncodeToString(sum[:])
		if strings.HasPrefix(h, prefix) {
			return n, h
		}
	}
}

func main() {
	keys := strings.Fields(secrets)
	jobs := make(chan int)
	results := make(chan result, len(keys))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				n, h := mine(keys[i], "000")
				results <- result{i, keys[i], n, h}
			}
		}()
	}
	go func() {
		for i := range keys {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, len(keys))
	for r := range results {
		ordered[r.idx] = r
	}
	total := 0
	for _, r := range ordered {
		fmt.Printf("%-8s %6d %s\n", r.key, r.nonce, r.hash[:10])
		total += r.nonce
	}
	fmt.Println("total:", total)

	var mu sync.Mutex
	counts := map[byte]int{}
	var wg2 sync.WaitGroup
	for _, r := range ordered {
		wg2.Add(1)
		go func(h string) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			for i := 0; i < len(h); i++ {
				counts[h[i]]++
			}
		}(r.hash)
	}
	wg2.Wait()
	fmt.Println(counts)
}
