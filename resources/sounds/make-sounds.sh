#!/usr/bin/env bash
# Makes the alarm queue's sounds (one per priority, P1 most urgent) with sox. Committed as WAV so a
# build needs no sox; run this again to change them.
set -euo pipefail
cd "$(dirname "$0")"
sox -n -r 16000 -b 16 -c 1 alarm-p1.wav synth 0.12 sine 1400 fade 0.005 0.12 0.01 vol 0.8 pad 0 0.06 repeat 2
sox -n -r 16000 -b 16 -c 1 alarm-p2.wav synth 0.15 sine 1100 fade 0.005 0.15 0.01 vol 0.7 pad 0 0.1 repeat 1
sox -n -r 16000 -b 16 -c 1 alarm-p3.wav synth 0.25 sine 880 fade 0.005 0.25 0.02 vol 0.6
sox -n -r 16000 -b 16 -c 1 alarm-p4.wav synth 0.2 sine 660 fade 0.01 0.2 0.03 vol 0.4
sox -n -r 16000 -b 16 -c 1 alarm-p5.wav synth 0.15 sine 523 fade 0.01 0.15 0.03 vol 0.3
