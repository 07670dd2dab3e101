package kernel

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

const goldenHeader = `{"msg_id":"1","msg_type":"kernel_info_request","session":"s","username":"u","date":"","version":"5.3"}`

// goldenSignature was computed with Python's hmac module (the reference
// client's own signing code path) over goldenHeader and three "{}".
const goldenSignature = "0a77078830c371d30755b69b4c40da12fa57b217f80928df053663aaa1965532"

func goldenFrames(sig string) [][]byte {
	return [][]byte{[]byte("client-id"), []byte("<IDS|MSG>"), []byte(sig), []byte(goldenHeader), []byte("{}"), []byte("{}"), []byte("{}")}
}

func TestSignMatchesReferenceClient(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "secret")
	got := string(s.Sign([]byte(goldenHeader), []byte("{}"), []byte("{}"), []byte("{}")))
	if got != goldenSignature {
		t.Errorf("got signature %s, want %s", got, goldenSignature)
	}
}

func TestDecode(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "secret")
	tests := []struct {
		name    string
		frames  [][]byte
		wantErr error
	}{
		{"golden", goldenFrames(goldenSignature), nil},
		{"wrong signature", goldenFrames("00" + goldenSignature[2:]), ErrSignature},
		{"missing signature", goldenFrames(""), ErrSignature},
		{"signature not hex", goldenFrames("zz"), ErrSignature},
		{"no delimiter", [][]byte{[]byte("a"), []byte("b")}, ErrNoDelimiter},
		{"short", [][]byte{[]byte("<IDS|MSG>"), []byte(goldenSignature), []byte(goldenHeader)}, ErrShortMessage},
		{"empty", nil, ErrNoDelimiter},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := s.Decode(tc.frames)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("got error %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if m.Header.MsgType != "kernel_info_request" || m.Header.MsgID != "1" {
				t.Errorf("got header %+v, want kernel_info_request id 1", m.Header)
			}
			if len(m.Identities) != 1 || string(m.Identities[0]) != "client-id" {
				t.Errorf("got identities %q, want [client-id]", m.Identities)
			}
		})
	}
}

func TestDecodeRejectsBadJSON(t *testing.T) {
	s, _ := NewSigner("", "") // unsigned: the JSON checks still apply
	for _, tc := range []struct{ name, header, content string }{
		{"header not JSON", "nope", "{}"},
		{"content is a list", goldenHeader, "[1]"},
		{"no msg_type", `{"msg_id":"1"}`, "{}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			frames := [][]byte{[]byte("<IDS|MSG>"), nil, []byte(tc.header), []byte("{}"), []byte("{}"), []byte(tc.content)}
			if _, err := s.Decode(frames); !errors.Is(err, ErrBadJSON) {
				t.Errorf("got error %v, want ErrBadJSON", err)
			}
		})
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", "k")
	req, err := s.Decode(goldenFramesSigned(s))
	if err != nil {
		t.Fatal(err)
	}
	reply := newMessage("kernel_info_reply", req, map[string]string{"status": "ok"})
	reply.Identities = req.Identities
	reply.Buffers = [][]byte{[]byte("buf")}
	back, err := s.Decode(s.Encode(reply))
	if err != nil {
		t.Fatalf("decoding an encoded reply: %v", err)
	}
	if !bytes.Equal(back.ParentHeader, req.RawHeader) {
		t.Errorf("got parent header %s, want the request's header %s", back.ParentHeader, req.RawHeader)
	}
	var c map[string]string
	json.Unmarshal(back.Content, &c)
	if c["status"] != "ok" || back.Header.MsgType != "kernel_info_reply" || back.Header.Session != "s" {
		t.Errorf("got %s %s session %q, want kernel_info_reply ok in session s", back.Header.MsgType, back.Content, back.Header.Session)
	}
	if len(back.Buffers) != 1 || string(back.Buffers[0]) != "buf" {
		t.Errorf("got buffers %q, want [buf]", back.Buffers)
	}
}

func goldenFramesSigned(s *Signer) [][]byte {
	f := goldenFrames("")
	f[2] = s.Sign(f[3], f[4], f[5], f[6])
	return f
}

func TestNewSignerRejectsUnknownScheme(t *testing.T) {
	if _, err := NewSigner("hmac-md5", "k"); err == nil {
		t.Error("got no error for hmac-md5, want one")
	}
}

// FuzzDecode feeds arbitrary frames to the decoder: it must never panic,
// and whatever it accepts must survive encode -> decode unchanged.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("id"), []byte(goldenHeader), []byte("{}"), []byte(`{"code":"1+1"}`), true)
	f.Add([]byte(""), []byte("{"), []byte("[]"), []byte("null"), false)
	f.Add([]byte("<IDS|MSG>"), []byte(`{"msg_type":""}`), []byte("{}"), []byte("{}"), true)
	s, _ := NewSigner("hmac-sha256", "fuzz")
	f.Fuzz(func(t *testing.T, id, header, parent, content []byte, sign bool) {
		frames := [][]byte{id, []byte("<IDS|MSG>"), nil, header, parent, []byte("{}"), content}
		if sign {
			frames[2] = s.Sign(header, parent, []byte("{}"), content)
		}
		m, err := s.Decode(frames)
		if err != nil {
			return
		}
		again, err := s.Decode(s.Encode(m))
		if err != nil {
			t.Fatalf("re-decoding an accepted message: %v", err)
		}
		if !bytes.Equal(again.Content, m.Content) || !bytes.Equal(again.RawHeader, m.RawHeader) || again.Header != m.Header {
			t.Fatalf("round trip changed the message: %+v vs %+v", again, m)
		}
	})
}
