package main

import (
	"fmt"
	"sort"
	"strings"
)

func lengthOfLIS(nums []int) (int, []int) {
	tails := []int{}
	tailIdx := []int{}
	prev := make([]int, len(nums))
	for i, x := range nums {
		j := sort.SearchInts(tails, x)
		if j == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[j] = x
			tailIdx[j] = i
		}
		prev[i] = -1
		if j > 0 {
			prev[i] = tailIdx[j-1]
		}
	}
	seq := make([]int, len(tails))
	for k, i := len(tails)-1, tailIdx[len(tailIdx)-1]; k >= 0; k, i = k-1, prev[i] {
		seq[k] = nums[i]
	}
	return len(tails), seq
}

func wordBreak(s string, dict []string) []string {
	words := make(map[string]bool, len(dict))
	for _, w := range dict {
		words[w] = true
	}
	memo := map[int][]string{}
	var solve func(int) []string
	solve = func(i int) []string {
		if i == len(s) {
			return []string{""}
		}
		if r, ok := memo[i]; ok {
			return r
		}
		var res []string
		for j := i + 1; j <= len(s); j++ {
			if !words[s[i:j]] {
				continue
			}
			for _, rest := range solve(j) {
				res = append(res, strings.TrimSpace(s[i:j]+" "+rest))
			}
		}
		memo[i] = res
		return res
	}
	out := solve(0)
	sort.Strings(out)
	return out
}

func numDecodings(s string) int {
	prev2, prev1 := 0, 1
	for i := range s {
		cur := 0
		if s[i] != '0' {
			cur = prev1
		}
		if i > 0 && (s[i-1] == '1' || s[i-1] == '2' && s[i] <= '6') {
			cur += prev2
		}
		prev2, prev1 = prev1, cur
	}
	return prev1
}

func uniquePaths(m, n int) int {
	row := make([]int, n)
	for i := range row {
		row[i] = 1
	}
	for r := 1; r < m; r++ {
		for c := 1; c < n; c++ {
			row[c] += row[c-1]
		}
	}
	return row[n-1]
}

func main() {
	for _, in := range [][]int{{10, 9, 2, 5, 3, 7, 101, 18}, {0, 1, 0, 3, 2, 3}, {7, 7, 7, 7}} {
		n, seq := lengthOfLIS(in)
		fmt.Printf("LIS%v = %d %v\n", in, n, seq)
	}
	fmt.Printf("%q\n", wordBreak("catsanddog", []string{"cat", "cats", "and", "sand", "dog"}))
	fmt.Printf("%q\n", wordBreak("pineapplepenapple", []string{"apple", "pen", "applepen", "pine", "pineapple"}))
	fmt.Printf("%q\n", wordBreak("catsandog", []string{"cats", "dog", "sand", "and", "cat"}))
	for _, s := range []string{"12", "226", "06", "11106", "2611055971756562"} {
		fmt.Print(numDecodings(s), " ")
	}
	fmt.Println()
	fmt.Println(uniquePaths(3, 7), uniquePaths(3, 2), uniquePaths(10, 10))
}
