package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Base struct {
	ID      int       `json:"id"`
	Created time.Time `json:"created"`
}

type Audit struct {
	By   string `json:"by"`
	Note string `json:"note,omitempty"`
}

type Doc struct {
	Base
	*Audit
	Title string   `json:"title"`
	Tags  []string `json:"tags,omitempty"`
	Size  Bytes    `json:"size"`
}

type Bytes int64

func (b Bytes) MarshalText() ([]byte, error) {
	switch {
	case b >= 1<<20:
		return []byte(fmt.Sprintf("%.1fMiB", float64(b)/(1<<20))), nil
	case b >= 1<<10:
		return []byte(fmt.Sprintf("%.1fKiB", float64(b)/(1<<10))), nil
	}
	return []byte(fmt.Sprintf("%dB", int64(b))), nil
}

func (b *Bytes) UnmarshalText(t []byte) error {
	var f float64
	var unit string
	if _, err := fmt.Sscanf(string(t), "%f%s", &f, &unit); err != nil {
		return fmt.Errorf("bytes %q: %w", t, err)
	}
	mult := map[string]float64{"B": 1, "KiB": 1 << 10, "MiB": 1 << 20}[unit]
	*b = Bytes(f * mult)
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", p.X, p.Y)), nil
}

func main() {
	ts := time.Date(2024, 3, 15, 10, 30, 0, 0, time.UTC)
	d := Doc{Base: Base{7, ts}, Audit: &Audit{By: "ann"}, Title: "spec", Size: 3 << 20}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	d2 := Doc{Base: Base{ID: 8}, Title: "no audit", Size: 512}
	b2, _ := json.Marshal(d2)
	fmt.Println(string(b2))
	var back Doc
	err = json.Unmarshal([]byte(`{"id":9,"created":"2020-01-02T03:04:05Z","by":"bob","title":"t","size":"2.0KiB"}`), &back)
	fmt.Println(err, back.ID, back.Created.Year(), back.Audit.By, back.Title, int64(back.Size))
	fmt.Printf("%+v\n", back.Base)
	err = json.Unmarshal([]byte(`{"size":"lots"}`), &back)
	fmt.Println(err)
	m := map[Bytes]Point{1024: {1, 2}, 5: {3, 4}}
	mb, err := json.Marshal(m)
	fmt.Println(string(mb), err)
	var anon struct {
		A int `json:"a"`
		B struct {
			C []float64 `json:"c"`
		} `json:"b"`
	}
	json.Unmarshal([]byte(`{"a": 1, "b": {"c": [1.5, 2]}, "extra": true}`), &anon)
	fmt.Printf("%+v\n", anon)
	dec := json.Unmarshal([]byte(`{"a": "str"}`), &anon)
	fmt.Println(dec)
}
