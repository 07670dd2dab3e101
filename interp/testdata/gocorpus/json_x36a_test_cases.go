package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

const suite = `{
  "problem": "Jump Game II",
  "tags": ["greedy", "array"],
  "cases": [
    {"nums": [2,3,1,1,4], "want": 2},
    {"nums": [2,3,0,1,4], "want": 2},
    {"nums": [0], "want": 0},
    {"nums": [1,1,1,1], "want": 3, "note": "all ones"},
    {"nums": [5,9,3,2,1,0,2,3,3,1,0,0], "want": 3}
  ]
}`

type Case struct {
	Nums []int  `json:"nums"`
	Want int    `json:"want"`
	Note string `json:"note,omitempty"`
}

type Suite struct {
	Problem string   `json:"problem"`
	Tags    []string `json:"tags"`
	Cases   []Case   `json:"cases"`
}

type Report struct {
	Problem string         `json:"problem"`
	Passed  int            `json:"passed"`
	Failed  []int          `json:"failed,omitempty"`
	Results map[string]int `json:"results"`
	Extra   *string        `json:"extra"`
}

func jump(nums []int) int {
	jumps, end, far := 0, 0, 0
	for i := 0; i < len(nums)-1; i++ {
		far = max(far, i+nums[i])
		if i == end {
			jumps++
			end = far
		}
	}
	return jumps
}

func main() {
	var s Suite
	if err := json.Unmarshal([]byte(suite), &s); err != nil {
		fmt.Println("bad suite:", err)
		return
	}
	fmt.Printf("%s %v %d cases\n", s.Problem, s.Tags, len(s.Cases))
	rep := Report{Problem: s.Problem, Results: map[string]int{}}
	for i, c := range s.Cases {
		got := jump(c.Nums)
		rep.Results[fmt.Sprint(c.Nums)] = got
		if got == c.Want {
			rep.Passed++
		} else {
			rep.Failed = append(rep.Failed, i)
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		fmt.Println(err)
	}
	b, _ := json.Marshal(s.Cases[3])
	fmt.Println(string(b))

	var generic map[string]any
	_ = json.Unmarshal([]byte(suite), &generic)
	cases := generic["cases"].([]any)
	first := cases[0].(map[string]any)
	fmt.Printf("%T %v %T\n", first["want"], first["nums"], first["nums"])

	var bad Suite
	err := json.NewDecoder(strings.NewReader(`{"problem": 42}`)).Decode(&bad)
	fmt.Println("decode error:", err)
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"cases": [}`), &bad)
	if e, ok := err.(*json.SyntaxError); ok {
		syn = e
	}
	fmt.Println(syn != nil, err)
}
