package main

import (
	"fmt"
	"strings"
	"sync"
)

type testCase struct {
	id    int
	input string
}

type result struct {
	id     int
	output string
	worker int
}

func isPalindrome(s string) bool {
	var b []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b = append(b, r)
		}
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		if b[i] != b[j] {
			return false
		}
	}
	return true
}

func longestPalindrome(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, odd := range []int{0, 1} {
			l, r := c, c+odd
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func worker(id int, jobs <-chan testCase, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for tc := range jobs {
		out <- result{
			id:     tc.id,
			output: fmt.Sprintf("pal=%v longest=%q", isPalindrome(tc.input), longestPalindrome(tc.input)),
			worker: id,
		}
	}
}

func main() {
	inputs := []string{"A man, a plan, a canal: Panama", "race a car", " ", "babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba"}
	jobs := make(chan testCase)
	out := make(chan result, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, out, &wg)
	}
	go func() {
		for i, in := range inputs {
			jobs <- testCase{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	results := make([]result, len(inputs))
	perWorker := map[int]int{}
	for r := range out {
		results[r.id] = r
		perWorker[r.worker]++
	}
	for i, r := range results {
		fmt.Printf("#%d %-34q %s\n", i, inputs[i], r.output)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("total processed:", total)

	var mu sync.Mutex
	var once sync.Once
	counts := map[bool]int{}
	var wg2 sync.WaitGroup
	for _, in := range inputs {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { fmt.Println("first checker started") })
			mu.Lock()
			counts[isPalindrome(in)]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counts)
}
