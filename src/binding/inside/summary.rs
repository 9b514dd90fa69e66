//! The figures an Inside view shows, as JSON for the tests and scripted demos
//! (`window.lab.inside.summary()`).

use super::super::snapshot::{list, number, string};
use super::{Inside, Job};

pub(super) fn summary(inside: &Inside) -> String {
    let (done, total) = inside.job.as_ref().map_or((0, 0), Job::progress);
    let mut fields = vec![
        format!("\"view\":{}", string(&inside.view)),
        format!("\"resample\":{}", inside.resample),
        format!("\"done\":{done}"),
        format!("\"total\":{total}"),
    ];
    if let Some(f) = &inside.focused {
        fields.push(format!(
            "\"run\":{},\"label\":{},\"epoch\":{}",
            f.colour,
            string(&f.label),
            f.epoch
        ));
    }
    match &inside.job {
        Some(Job::Subnets(j)) => {
            let kept = list(&j.masks, |(m, _)| {
                list(m, |l| list(l, |&k| u8::from(k).to_string()))
            });
            fields.push(format!(
                "\"exhaustive\":{},\"subnets\":{},\"masks\":{kept}",
                j.exhaustive,
                j.masks.len()
            ));
            fields.push(format!(
                "\"weights\":{}",
                list(&j.masks, |(_, w)| number(Some(*w as f32)))
            ));
        }
        Some(Job::Averaging(j)) => {
            fields.push(format!(
                "\"scaledLoss\":{}",
                number(j.scaled.map(|s| s.loss))
            ));
            fields.push(format!(
                "\"scaledError\":{}",
                number(j.scaled.and_then(|s| s.error))
            ));
            fields.push(format!(
                "\"loss\":{}",
                list(&j.curve, |p| number(Some(p.loss)))
            ));
            fields.push(format!("\"error\":{}", list(&j.curve, |p| number(p.error))));
        }
        Some(Job::Spread(j)) => {
            let std = j.std();
            let max = std.iter().copied().fold(0.0f32, f32::max);
            let mean = std.sum() / std.len().max(1) as f32;
            fields.push(format!(
                "\"points\":{},\"maxStd\":{},\"meanStd\":{}",
                std.len(),
                number(Some(max)),
                number(Some(mean))
            ));
        }
        Some(Job::Coadaptation(runs)) => {
            let runs = list(runs, |(looked, job, stats)| {
                format!(
                    "{{\"label\":{},\"run\":{},\"units\":{},\"meanRise\":{},\"largestRise\":{},\"layers\":{}}}",
                    string(&looked.label),
                    looked.colour,
                    job.removed.len(),
                    number(job.mean_rise()),
                    number(job.largest_rise()),
                    list(stats, |s| format!(
                        "{{\"mean\":{},\"nearZero\":{}}}",
                        number(Some(s.mean)),
                        number(Some(s.near_zero))
                    )),
                )
            });
            fields.push(format!("\"runs\":{runs}"));
        }
        None => {}
    }
    format!("{{{}}}", fields.join(","))
}
