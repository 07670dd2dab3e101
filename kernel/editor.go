package kernel

import (
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"

	"github.com/gobackprop/gobackprop/display"
)

// The protocol counts cursor positions in Unicode code points; the
// interpreter works in bytes. These two convert.

func byteOffset(s string, runes int) int {
	for i := range s {
		if runes == 0 {
			return i
		}
		runes--
	}
	return len(s)
}

func runeOffset(s string, bytes int) int {
	if bytes > len(s) {
		bytes = len(s)
	}
	return utf8.RuneCountInString(s[:bytes])
}

func (k *Kernel) handleComplete(sock zmq4.Socket, req *Message) {
	var c struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	if !k.decode(sock, req, "complete_reply", &c) {
		return
	}
	cursor := byteOffset(c.Code, c.CursorPos)
	matches, start, end := k.interp.Complete(c.Code, cursor)
	if matches == nil {
		matches = []string{}
		start, end = cursor, cursor
	}
	k.reply(sock, req, "complete_reply", map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": runeOffset(c.Code, start),
		"cursor_end":   runeOffset(c.Code, end),
		"metadata":     map[string]any{},
	})
}

func (k *Kernel) handleInspect(sock zmq4.Socket, req *Message) {
	var c struct {
		Code        string `json:"code"`
		CursorPos   int    `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !k.decode(sock, req, "inspect_reply", &c) {
		return
	}
	data, found := k.interp.Inspect(c.Code, byteOffset(c.Code, c.CursorPos), c.DetailLevel)
	if data == nil {
		data = display.Bundle{}
	}
	k.reply(sock, req, "inspect_reply", map[string]any{
		"status": "ok", "found": found, "data": data, "metadata": map[string]any{},
	})
}

func (k *Kernel) handleIsComplete(sock zmq4.Socket, req *Message) {
	var c struct {
		Code string `json:"code"`
	}
	if !k.decode(sock, req, "is_complete_reply", &c) {
		return
	}
	status, indent := k.interp.IsComplete(c.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(sock, req, "is_complete_reply", content)
}
