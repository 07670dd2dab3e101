package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(a); i++ {
		counts[a[i]-'a']++
		counts[b[i]-'a']--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "inlets", "banana", "tinsel", "stone", "notes", "onset", "tones", "go"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(groups[k]) > 1 {
			fmt.Printf("%-8s %d %v\n", k, len(groups[k]), groups[k])
		}
	}
	fmt.Println(isAnagram("listen", "silent"), isAnagram("abc", "abd"), isAnagram("a", "ab"))
	fmt.Println(groups)
	title := strings.Title("the go programming language")
	fmt.Println(title, strings.Count("cheese", "e"), strings.Index("chicken", "ken"))
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	rep := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(rep.Replace("hello gopher, have a nice day"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
}
