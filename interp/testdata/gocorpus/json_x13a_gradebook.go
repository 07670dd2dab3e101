package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

type Student struct {
	Name   string             `json:"name"`
	ID     int                `json:"id"`
	Scores map[string]float64 `json:"scores"`
	Notes  *string            `json:"notes,omitempty"`
	Tags   []string           `json:"tags,omitempty"`
}

type Summary struct {
	Name    string  `json:"name"`
	Average float64 `json:"avg"`
	Grade   string  `json:"grade"`
	Best    string  `json:"best_subject"`
}

const input = `[
 {"name":"Ana","id":7,"scores":{"math":91,"physics":84.5,"art":70}},
 {"name":"Ben","id":3,"scores":{"math":62,"physics":71},"notes":"late work","tags":["retake"]},
 {"name":"Cy","id":12,"scores":{"math":78,"physics":88,"art":95,"music":80}}
]`

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "D"
	}
}

func summarize(s Student) Summary {
	subjects := make([]string, 0, len(s.Scores))
	for k := range s.Scores {
		subjects = append(subjects, k)
	}
	sort.Strings(subjects)
	total, best := 0.0, ""
	for _, k := range subjects {
		total += s.Scores[k]
		if best == "" || s.Scores[k] > s.Scores[best] {
			best = k
		}
	}
	avg := total / float64(len(subjects))
	return Summary{s.Name, avg, letter(avg), best}
}

func main() {
	var students []Student
	if err := json.Unmarshal([]byte(input), &students); err != nil {
		fmt.Println("error:", err)
		return
	}
	sort.Slice(students, func(i, j int) bool { return students[i].ID < students[j].ID })
	var sums []Summary
	for _, s := range students {
		note := "-"
		if s.Notes != nil {
			note = *s.Notes
		}
		fmt.Printf("%2d %-4s %v note=%s tags=%d\n", s.ID, s.Name, s.Scores, note, len(s.Tags))
		sums = append(sums, summarize(s))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sums); err != nil {
		fmt.Println(err)
	}
	b, _ := json.Marshal(students[0])
	fmt.Println(string(b))
	var generic []map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Println(generic[1]["scores"], generic[1]["tags"])
	var bad Student
	err := json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println("bad:", err)
}
