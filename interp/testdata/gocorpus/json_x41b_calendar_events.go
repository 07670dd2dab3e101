package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Duration struct {
	time.Duration
}

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

type Attendee struct {
	Name     string `json:"name"`
	Optional bool   `json:"optional,omitempty"`
}

type Event struct {
	Title     string            `json:"title"`
	Start     time.Time         `json:"start"`
	Length    Duration          `json:"length"`
	Attendees []Attendee        `json:"attendees"`
	Labels    map[string]string `json:"labels,omitempty"`
	Recurring *string           `json:"recurring"`
}

func (e Event) End() time.Time { return e.Start.Add(e.Length.Duration) }

func (e Event) Overlaps(o Event) bool {
	return e.Start.Before(o.End()) && o.Start.Before(e.End())
}

type Calendar struct {
	Owner  string  `json:"owner"`
	Events []Event `json:"events"`
}

func main() {
	loc := time.FixedZone("CET", 3600)
	weekly := "weekly"
	cal := Calendar{Owner: "dana", Events: []Event{
		{Title: "Standup", Start: time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC), Length: Duration{15 * time.Minute},
			Attendees: []Attendee{{Name: "dana"}, {Name: "li", Optional: true}}, Recurring: &weekly},
		{Title: "Design review", Start: time.Date(2024, 3, 4, 10, 5, 0, 0, loc), Length: Duration{90 * time.Minute},
			Labels: map[string]string{"room": "4B", "agenda": "api"}},
		{Title: "Lunch", Start: time.Date(2024, 3, 4, 12, 0, 0, 0, time.UTC), Length: Duration{time.Hour}},
	}}
	b, err := json.MarshalIndent(cal, "", " ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	var back Calendar
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	for i, e := range back.Events {
		fmt.Printf("%d %-14s %s -> %s (%v) %s\n", i, e.Title, e.Start.Format(time.RFC3339), e.End().UTC().Format("15:04"), e.Length, e.Start.Weekday())
	}
	for i := range back.Events {
		for j := i + 1; j < len(back.Events); j++ {
			if back.Events[i].Overlaps(back.Events[j]) {
				fmt.Println("overlap:", back.Events[i].Title, "&", back.Events[j].Title)
			}
		}
	}
	var d Duration
	err = json.Unmarshal([]byte(`"2h30m"`), &d)
	fmt.Println(d, d.Minutes(), err)
	err = json.Unmarshal([]byte(`"soon"`), &d)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"title":"x","start":"2024-01-01T00:00:00Z","length":"1s","extra":1}`))
	dec.DisallowUnknownFields()
	var e Event
	fmt.Println(dec.Decode(&e), e.Title)
}
