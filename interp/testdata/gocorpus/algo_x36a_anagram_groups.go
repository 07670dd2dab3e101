package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func groupAnagrams(strs []string) [][]string {
	groups := make(map[[26]byte][]string)
	var order [][26]byte
	for _, s := range strs {
		var k [26]byte
		for _, c := range s {
			k[c-'a']++
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], s)
	}
	res := make([][]string, 0, len(order))
	for _, k := range order {
		res = append(res, groups[k])
	}
	return res
}

func sortString(s string) string {
	r := []rune(s)
	slices.Sort(r)
	return string(r)
}

func isAnagram(s, t string) bool {
	return sortString(s) == sortString(t)
}

func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

type byLenThenAlpha []string

func (b byLenThenAlpha) Len() int      { return len(b) }
func (b byLenThenAlpha) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLenThenAlpha) Less(i, j int) bool {
	if len(b[i]) != len(b[j]) {
		return len(b[i]) < len(b[j])
	}
	return b[i] < b[j]
}

func main() {
	groups := groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"})
	fmt.Println(groups)
	for _, g := range groups {
		sort.Strings(g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if len(groups[i]) != len(groups[j]) {
			return len(groups[i]) > len(groups[j])
		}
		return groups[i][0] < groups[j][0]
	})
	fmt.Printf("%q\n", groups)
	fmt.Println(groupAnagrams([]string{""}), len(groupAnagrams(nil)))
	fmt.Println(isAnagram("anagram", "nagaram"), isAnagram("rat", "car"), isAnagram("héllo", "olléh"))
	pairs := [][2]string{{"Dormitory", "Dirty room!"}, {"The eyes", "They see"}, {"Astronomer", "Moon starer"}, {"Hello", "World"}}
	for _, p := range pairs {
		a, b := normalize(p[0]), normalize(p[1])
		fmt.Printf("%-12q %-14q %v\n", p[0], p[1], isAnagram(a, b))
	}
	words := byLenThenAlpha{"banana", "kiwi", "apple", "fig", "date", "cherry"}
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
	fmt.Println(sortString("dcba"), strings.EqualFold("Go", "GO"), strings.ToTitle("ß"))
}
