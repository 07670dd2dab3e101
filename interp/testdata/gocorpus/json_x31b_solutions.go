package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

// A tiny solutions log: run a few Euler solvers and dump the results as JSON.

type Solution struct {
	Problem int      `json:"problem"`
	Title   string   `json:"title"`
	Answer  int64    `json:"answer"`
	Tags    []string `json:"tags,omitempty"`
	Note    string   `json:"note,omitempty"`
	Checked bool     `json:"-"`
}

type Log struct {
	Author    string         `json:"author"`
	Solutions []Solution     `json:"solutions"`
	ByTag     map[string]int `json:"by_tag"`
}

func sumSquareDiff(n int64) int64 {
	s := n * (n + 1) / 2
	sq := n * (n + 1) * (2*n + 1) / 6
	return s*s - sq
}

func largestProduct(digits string, k int) int64 {
	var best int64
	for i := 0; i+k <= len(digits); i++ {
		p := int64(1)
		for _, c := range digits[i : i+k] {
			p *= int64(c - '0')
		}
		best = max(best, p)
	}
	return best
}

func main() {
	log := Log{Author: "solver", ByTag: map[string]int{}}
	log.Solutions = append(log.Solutions,
		Solution{Problem: 6, Title: "Sum square difference", Answer: sumSquareDiff(100), Tags: []string{"formula"}},
		Solution{Problem: 8, Title: "Largest product in a series", Answer: largestProduct("73167176531330624919225119674426574742355349194934", 4), Tags: []string{"digits", "window"}, Note: "first 50 digits only"},
		Solution{Problem: 16, Title: "Power digit sum", Answer: 1366},
	)
	for _, s := range log.Solutions {
		for _, t := range s.Tags {
			log.ByTag[t]++
		}
	}
	out, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))

	var back Log
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	sort.Slice(back.Solutions, func(i, j int) bool { return back.Solutions[i].Answer < back.Solutions[j].Answer })
	for _, s := range back.Solutions {
		fmt.Printf("%+v\n", s)
	}

	var generic map[string]any
	_ = json.Unmarshal(out, &generic)
	first := generic["solutions"].([]any)[0].(map[string]any)
	fmt.Printf("%T %v\n", first["answer"], first["answer"])

	err = json.Unmarshal([]byte(`{"problem": "six"}`), &Solution{})
	fmt.Println("error:", err)
}
