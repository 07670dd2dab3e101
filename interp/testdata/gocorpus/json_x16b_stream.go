package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type LogLine struct {
	Step  int                `json:"step"`
	Loss  float64            `json:"loss"`
	Grads map[string]float64 `json:"grad_norms"`
	Tags  []string           `json:"tags,omitempty"`
}

const stream = `{"step":1,"loss":2.31,"grad_norms":{"fc1":0.9,"fc2":1.4}}
{"step":2,"loss":1.87,"grad_norms":{"fc1":0.7,"fc2":1.1},"tags":["warmup"]}
{"step":3,"loss":1.52,"grad_norms":{"fc1":0.55,"fc2":0.8}}
{"step":4,"loss":"oops"}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	var lines []LogLine
	for {
		var l LogLine
		err := dec.Decode(&l)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		lines = append(lines, l)
	}
	for _, l := range lines {
		fmt.Printf("step %d loss %.2f grads %v tags %q\n", l.Step, l.Loss, l.Grads, l.Tags)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	summary := struct {
		Steps   int      `json:"steps"`
		Final   float64  `json:"final_loss"`
		Max     any      `json:"max_grad"`
		Layers  []string `json:"layers"`
		Private int      `json:"-"`
	}{Steps: len(lines), Final: lines[len(lines)-1].Loss, Private: 9}
	mx := 0.0
	for _, l := range lines {
		for _, g := range l.Grads {
			mx = max(mx, g)
		}
	}
	summary.Max = mx
	for k := range lines[0].Grads {
		summary.Layers = append(summary.Layers, k)
	}
	if len(summary.Layers) == 2 && summary.Layers[0] > summary.Layers[1] {
		summary.Layers[0], summary.Layers[1] = summary.Layers[1], summary.Layers[0]
	}
	enc.Encode(summary)
	fmt.Print(buf.String())
	var v any
	json.Unmarshal([]byte(`[1, 2.5, "x", null, true, {"a": [1]}]`), &v)
	fmt.Printf("%v\n", v)
	raw, _ := json.Marshal(map[string]any{"b": []int{}, "a": nil, "c": map[string]int{}})
	fmt.Println(string(raw))
}
