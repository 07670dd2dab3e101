package mirror

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

type Item struct {
	Name     string            `json:"name"`
	Price    float64           `json:"price,omitempty"`
	Qty      int               `json:"qty,string"`
	internal int               // not encoded
	Skip     string            `json:"-"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Note     *string           `json:"note"`
	Temp     Temp              `json:"temp"`
}

type Audit struct {
	CreatedBy string
	Version   int `json:"version"`
}

type Doc struct {
	Audit
	*Meta
	Title string `json:"title"`
	Body  string `json:"<body>"`
}

type Meta struct {
	Lang    string `json:"lang"`
	Version int    `json:"version"` // shallower Doc.Audit.Version ties: both dropped
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var v struct{ Celsius float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Celsius(v.Celsius)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }

func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

type PtrMarshal struct{ N int }

func (p *PtrMarshal) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(p.N * 100)), nil }

type Weather struct {
	Now    Celsius           `json:"now"`
	Hist   []Celsius         `json:"hist"`
	Levels map[Level]string  `json:"levels"`
	ByName map[string]Level  `json:"by_name"`
	Ptrs   []PtrMarshal      `json:"ptrs"`
	One    PtrMarshal        `json:"one"`
	Any    any               `json:"any"`
	Raw    json.RawMessage   `json:"raw"`
	Nested map[string][]Item `json:"nested,omitempty"`
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte("{nope"), nil }

func jsonValues() []any {
	note := "n"
	return []any{
		Item{Name: "a", Qty: 2, internal: 5, Skip: "x", Note: &note, Temp: 1.5},
		Item{},
		[]Item{{Name: "b<tag>&", Price: 1.25, Tags: []string{"t"}, Attrs: map[string]string{"z": "1", "a": "2"}}},
		Doc{Audit{"me", 2}, &Meta{"en", 3}, "T", "B"},
		Doc{Title: "no meta"},
		Celsius(21.5),
		[]Celsius{1, 2},
		Level(3),
		Weather{Now: 3, Hist: []Celsius{4}, Levels: map[Level]string{2: "b", 1: "a"}, ByName: map[string]Level{"x": 9},
			Ptrs: []PtrMarshal{{1}}, One: PtrMarshal{2}, Any: Item{Name: "in any"}, Raw: json.RawMessage(`{"k":[1, 2]}`)},
		&Weather{One: PtrMarshal{3}},
		map[string]Item{"k": {Name: "v"}},
		map[Level]int{4: 4},
		Broken{},
		Color(2),
	}
}

func TestMarshalLikeGo(t *testing.T) {
	for _, x := range jsonValues() {
		m := newMirror(Item{})
		s := m.standIn(x)
		want, werr := json.Marshal(x)
		got, gerr := Marshal(s)
		if string(got) != string(want) || (werr == nil) != (gerr == nil) {
			t.Errorf("Marshal(%T): got %s, %v; want %s, %v", x, got, gerr, want, werr)
		}
		if werr != nil && gerr != nil && strings.ReplaceAll(werr.Error(), "mirror.", "") != strings.ReplaceAll(gerr.Error(), "mirror.", "") {
			t.Errorf("Marshal(%T) error: got %q, want %q", x, gerr, werr)
		}
		want, _ = json.MarshalIndent(x, ">", "  ")
		got, _ = MarshalIndent(s, ">", "  ")
		if string(got) != string(want) {
			t.Errorf("MarshalIndent(%T): got %s, want %s", x, got, want)
		}
		for _, escape := range []bool{true, false} {
			var wb, gb bytes.Buffer
			we, ge := json.NewEncoder(&wb), json.NewEncoder(&gb)
			we.SetEscapeHTML(escape)
			ge.SetEscapeHTML(escape)
			we.SetIndent("", " ")
			ge.SetIndent("", " ")
			werr, gerr := we.Encode(x), ge.Encode(s)
			if wb.String() != gb.String() || (werr == nil) != (gerr == nil) {
				t.Errorf("Encode(%T) escape %v: got %s, %v; want %s, %v", x, escape, gb.String(), gerr, wb.String(), werr)
			}
		}
	}
}

func TestUnmarshalLikeGo(t *testing.T) {
	inputs := []struct {
		into any // a pointer to a zero value of the type to decode into
		data string
	}{
		{new(Item), `{"name":"a","price":2.5,"qty":"3","internal":9,"Skip":"s","tags":["x"],"attrs":{"k":"v"},"note":"hi","temp":4}`},
		{new(Item), `{"NAME":"case","Qty":"1"}`},
		{new(Item), `{"name":5}`},
		{new(Item), `null`},
		{new([]Item), `[{"name":"a"},{"name":"b"}]`},
		{new(Doc), `{"CreatedBy":"me","title":"t","lang":"fr","<body>":"b"}`},
		{new(Weather), `{"now":{"celsius":2.5},"hist":[{"celsius":1}],"levels":{"L1":"a","L2":"b"},"by_name":{"x":"L7"},"any":{"a":[1,"b"]}}`},
		{new(map[string]Item), `{"k":{"name":"v"},"j":{}}`},
		{new(map[Level]int), `{"L3":3}`},
		{new(Celsius), `{"celsius":-1}`},
		{new(*Item), `{"name":"p"}`},
		{new([2]Color), `[1,2,3]`},
		{new(Item), `{"tags":"not a list","name":"still"}`},
		{new(Doc), `{"CreatedBy":5}`}, // the error names Doc.Audit.CreatedBy
		{new(Doc), `{"lang":["fr"]}`}, // and Doc.Meta.lang, through the pointer
	}
	for _, in := range inputs {
		want := reflect.New(reflect.TypeOf(in.into).Elem())
		werr := json.Unmarshal([]byte(in.data), want.Interface())

		m := newMirror(Item{})
		rawPtr := reflect.New(m.rawType(want.Type().Elem()))
		s := m.standInOf(want.Type(), rawPtr)
		gerr := json.Unmarshal([]byte(in.data), s)
		got := m.fromRaw(rawPtr.Elem(), want.Type().Elem())

		if g, w := fmt.Sprintf("%+v", got.Interface()), fmt.Sprintf("%+v", want.Elem().Interface()); g != w && !pointersOnly(g, w) {
			t.Errorf("Unmarshal(%s) into %s: got %s, want %s", in.data, want.Type().Elem(), g, w)
		}
		if (werr == nil) != (gerr == nil) || werr != nil && strings.ReplaceAll(werr.Error(), "mirror.", "main.") != strings.ReplaceAll(gerr.Error(), "mirror.", "main.") {
			t.Errorf("Unmarshal(%s) into %s: got error %v, want %v", in.data, want.Type().Elem(), gerr, werr)
		}
	}
}

// pointersOnly reports whether two printed values differ in addresses only.
func pointersOnly(a, b string) bool {
	return addr.ReplaceAllString(a, "") == addr.ReplaceAllString(b, "")
}
