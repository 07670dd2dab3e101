package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Prob float64

func (p Prob) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("%.3f", float64(p))), nil
}

type Label int

const (
	Negative Label = iota
	Neutral
	Positive
)

var labelNames = [...]string{"negative", "neutral", "positive"}

func (l Label) String() string { return labelNames[l] }

func (l Label) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

func (l *Label) UnmarshalText(b []byte) error {
	for i, n := range labelNames {
		if n == string(b) {
			*l = Label(i)
			return nil
		}
	}
	return fmt.Errorf("unknown label %q", b)
}

type Prediction struct {
	ID    int             `json:"id"`
	Text  string          `json:"text"`
	Label Label           `json:"label"`
	Probs map[Label]Prob  `json:"probs"`
	Meta  json.RawMessage `json:"meta,omitempty"`
}

func score(text string) map[Label]Prob {
	pos := float64(strings.Count(text, "good") + strings.Count(text, "great"))
	neg := float64(strings.Count(text, "bad") + strings.Count(text, "awful"))
	total := pos + neg + 1
	return map[Label]Prob{Positive: Prob(pos / total), Negative: Prob(neg / total), Neutral: Prob(1 / total)}
}

func best(p map[Label]Prob) Label {
	b := Neutral
	for _, l := range []Label{Negative, Neutral, Positive} {
		if p[l] > p[b] {
			b = l
		}
	}
	return b
}

func main() {
	texts := []string{"good food great service", "awful, just bad", "it was fine", "good but bad parking"}
	enc := json.NewEncoder(os.Stdout)
	var buf bytes.Buffer
	bufEnc := json.NewEncoder(&buf)
	for i, t := range texts {
		probs := score(t)
		p := Prediction{ID: i + 1, Text: t, Label: best(probs), Probs: probs}
		if i == 0 {
			p.Meta = json.RawMessage(`{"model":"bow-v1","latency_ms":3}`)
		}
		if err := enc.Encode(p); err != nil {
			fmt.Println("encode:", err)
		}
		_ = bufEnc.Encode(p)
	}
	dec := json.NewDecoder(&buf)
	counts := map[Label]int{}
	for dec.More() {
		var p Prediction
		if err := dec.Decode(&p); err != nil {
			fmt.Println("decode:", err)
			break
		}
		counts[p.Label]++
		if len(p.Meta) > 0 {
			fmt.Printf("meta of %d: %s\n", p.ID, p.Meta)
		}
	}
	fmt.Println(counts)
	var l Label
	err := json.Unmarshal([]byte(`"sarcastic"`), &l)
	fmt.Println(err)
	fmt.Printf("%v %d %q\n", Positive, Positive, Neutral)
}
