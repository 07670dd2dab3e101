package main

import (
	"fmt"
	"strings"
)

func compress(s string) []int {
	dict := make(map[string]int, 256)
	for i := 0; i < 256; i++ {
		dict[string([]byte{byte(i)})] = i
	}
	next := 256
	w := ""
	var out []int
	for i := 0; i < len(s); i++ {
		c := s[i : i+1]
		wc := w + c
		if _, ok := dict[wc]; ok {
			w = wc
			continue
		}
		out = append(out, dict[w])
		dict[wc] = next
		next++
		w = c
	}
	if w != "" {
		out = append(out, dict[w])
	}
	return out
}

func decompress(codes []int) (string, error) {
	dict := make(map[int][]byte, 256)
	for i := 0; i < 256; i++ {
		dict[i] = []byte{byte(i)}
	}
	next := 256
	if len(codes) == 0 {
		return "", nil
	}
	w := dict[codes[0]]
	var sb strings.Builder
	sb.Write(w)
	for _, k := range codes[1:] {
		var entry []byte
		if e, ok := dict[k]; ok {
			entry = e
		} else if k == next {
			entry = append(append([]byte{}, w...), w[0])
		} else {
			return "", fmt.Errorf("bad code %d", k)
		}
		sb.Write(entry)
		dict[next] = append(append([]byte{}, w...), entry[0])
		next++
		w = entry
	}
	return sb.String(), nil
}

func main() {
	inputs := []string{
		"TOBEORNOTTOBEORTOBEORNOT",
		"abababababababab",
		"",
		"a",
		strings.Repeat("xyz", 20),
	}
	for _, in := range inputs {
		codes := compress(in)
		out, err := decompress(codes)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(codes)) / float64(len(in))
		}
		fmt.Printf("%q -> %d codes (%.2f) ok=%t\n", in, len(codes), ratio, out == in)
		if len(codes) <= 20 {
			fmt.Println("  ", codes)
		}
	}
	_, err := decompress([]int{65, 300})
	fmt.Println("error:", err)
}
